# Въпросник: dialogs/forms/sofia-integration-audit.yaml
# Идентификатори: <form-id>-<question>, <question-id>-hint, <question-id>--<choice>, <question-id>--min/--max.

sofia-integration-audit-title = Одит на интеграцията в град София: въпросник

## Начало

sofia-integration-audit-intro = Този въпросник е част от Одита на интеграцията в град София. Градът пита хората, дошли от други държави, и хората, които живеят тук отдавна, как вървят животът и съжителството в София: работа, училище, жилище, здраве, сигурност и обществени услуги. Попълването отнема около 10 минути. Можете да пропускате някои въпроси, да се връщате назад или да спрете и да продължите по-късно. Отговорите ви се пазят без името ви, както е описано в уведомлението за поверителност. Можете да ги видите или изтриете по всяко време с /mydata.

## За вас

sofia-integration-audit-age = На колко години сте?
sofia-integration-audit-age-constraint = Този въпросник е за хора на 16 и повече години. Ако сте под 16 години, моля, натиснете „Отказ“.
sofia-integration-audit-gender = Какъв е вашият пол?
sofia-integration-audit-gender--woman = Жена
sofia-integration-audit-gender--man = Мъж
sofia-integration-audit-gender--other = Друго
sofia-integration-audit-gender--prefer-not-to-say = Предпочитам да не казвам

## Граждани на трети държави

sofia-integration-audit-years-in-sofia = Откога живеете в София?
sofia-integration-audit-years-in-sofia--less-than-1 = По-малко от една година
sofia-integration-audit-years-in-sofia--1-to-3 = 1–3 години
sofia-integration-audit-years-in-sofia--3-to-5 = 3–5 години
sofia-integration-audit-years-in-sofia--5-to-10 = 5–10 години
sofia-integration-audit-years-in-sofia--more-than-10 = Повече от 10 години
sofia-integration-audit-arrival-date = Кога пристигнахте в България за първи път?
sofia-integration-audit-arrival-date-hint = Ако не помните точния ден, напишете първия ден от месеца, например 01.06.2019.
sofia-integration-audit-residence-status = Какъв статут на пребиваване имате сега в България?
sofia-integration-audit-residence-status--permanent = Постоянно пребиваване
sofia-integration-audit-residence-status--long-term = Дългосрочно пребиваване
sofia-integration-audit-residence-status--extended = Продължително пребиваване
sofia-integration-audit-residence-status--work-permit = Единно разрешение за работа или синя карта на ЕС
sofia-integration-audit-residence-status--international-protection = Статут на бежанец или хуманитарен статут
sofia-integration-audit-residence-status--temporary-protection = Временна закрила
sofia-integration-audit-residence-status--asylum-procedure = Подадох молба за закрила и чакам решение
sofia-integration-audit-residence-status--other = Друго
sofia-integration-audit-bulgarian-level = Колко добре говорите български?
sofia-integration-audit-bulgarian-level--none = Не говоря
sofia-integration-audit-bulgarian-level--basic = Няколко думи и изрази
sofia-integration-audit-bulgarian-level--intermediate = Достатъчно за всекидневни ситуации
sofia-integration-audit-bulgarian-level--fluent = Свободно
sofia-integration-audit-language-course = Посещавали ли сте курс по български език?
sofia-integration-audit-language-course--attended = Да, завърших курс
sofia-integration-audit-language-course--attending = Да, сега посещавам курс
sofia-integration-audit-language-course--want-to = Не, но искам да посещавам
sofia-integration-audit-language-course--not-interested = Не, нямам нужда
sofia-integration-audit-barriers = Кое ви затруднява най-много в живота в София?
sofia-integration-audit-barriers-hint = Изберете най-важното за вас. Ако нищо от изброеното не е проблем, изберете „Нищо от изброеното“.
sofia-integration-audit-barriers--language = Езикът
sofia-integration-audit-barriers--documents = Документите и администрацията
sofia-integration-audit-barriers--work = Намирането на работа
sofia-integration-audit-barriers--housing = Намирането на жилище
sofia-integration-audit-barriers--health-care = Достъпът до здравеопазване
sofia-integration-audit-barriers--diplomas = Признаването на дипломи
sofia-integration-audit-barriers--information = Информация, която разбирам
sofia-integration-audit-barriers--discrimination = Дискриминация или враждебност
sofia-integration-audit-barriers--none = Нищо от изброеното
sofia-integration-audit-barriers-constraint = „Нищо от изброеното“ не може да се избере заедно с други отговори. Моля, махнете една от отметките.

## Работа

sofia-integration-audit-employment-status = С какво се занимавате основно в момента?
sofia-integration-audit-employment-status--employed = Работя по трудов договор
sofia-integration-audit-employment-status--self-employed = Имам собствен бизнес или работя на свободна практика
sofia-integration-audit-employment-status--looking-for-work = Търся работа
sofia-integration-audit-employment-status--studying = Уча
sofia-integration-audit-employment-status--retired = В пенсия съм
sofia-integration-audit-employment-status--at-home = У дома съм, грижа се за семейството
sofia-integration-audit-employment-status--other = Друго
sofia-integration-audit-job-matches-skills = Доколко работата ви отговаря на вашите умения и образование?
sofia-integration-audit-job-matches-skills--min = никак
sofia-integration-audit-job-matches-skills--max = напълно

## Образование

sofia-integration-audit-children-school = Имате ли деца, които ходят на детска градина или училище в София?
sofia-integration-audit-children-school--yes-school = Да
sofia-integration-audit-children-school--no-school = Не, не ходят на градина или училище в София
sofia-integration-audit-children-school--no-children = Нямам деца на такава възраст
sofia-integration-audit-school-support = Доколко детската градина или училището подкрепя децата ви?
sofia-integration-audit-school-support--min = много слабо
sofia-integration-audit-school-support--max = много добре

## Жилище

sofia-integration-audit-housing-situation = Къде живеете в момента?
sofia-integration-audit-housing-situation--own-home = В собствено жилище
sofia-integration-audit-housing-situation--rent = В жилище под наем
sofia-integration-audit-housing-situation--municipal-housing = В общинско жилище
sofia-integration-audit-housing-situation--shared-room = В стая в общо жилище
sofia-integration-audit-housing-situation--family-or-friends = При роднини или приятели
sofia-integration-audit-housing-situation--centre = В приемателен или интеграционен център
sofia-integration-audit-housing-situation--other = Друго
sofia-integration-audit-housing-refused = През последните две години отказвали ли са да ви дадат под наем жилище в София заради произхода или гражданството ви?

## Здраве

sofia-integration-audit-health-access = Колко лесно получавате медицинска помощ в София, когато ви трябва?
sofia-integration-audit-health-access--min = много трудно
sofia-integration-audit-health-access--max = много лесно

## Сигурност

sofia-integration-audit-feel-safe = Колко сигурно се чувствате в квартала си, когато е тъмно?
sofia-integration-audit-feel-safe--min = никак не се чувствам сигурно
sofia-integration-audit-feel-safe--max = чувствам се напълно сигурно
sofia-integration-audit-hostility = През последните 12 месеца сблъсквали ли сте се с обиди, заплахи или език на омразата заради произхода, религията или езика си?
sofia-integration-audit-hostility--never = Никога
sofia-integration-audit-hostility--once = Веднъж
sofia-integration-audit-hostility--several-times = Няколко пъти
sofia-integration-audit-hostility--often = Често
sofia-integration-audit-hostility-reported = Съобщихте ли за това на полицията, на Обществения посредник на Столична община или на организация, която помага на хората?
sofia-integration-audit-hate-speech-seen = През последните 12 месеца виждали ли сте графити с омраза или чували ли сте език на омразата срещу чужденци в София?

## Съжителство

sofia-integration-audit-neighbour-contact = Колко често говорите със съседите си?
sofia-integration-audit-neighbour-contact--daily = Всеки ден или почти всеки ден
sofia-integration-audit-neighbour-contact--weekly = Поне веднъж седмично
sofia-integration-audit-neighbour-contact--monthly = Поне веднъж месечно
sofia-integration-audit-neighbour-contact--rarely = По-рядко
sofia-integration-audit-neighbour-contact--never = Никога
sofia-integration-audit-migrant-contact = Колко често общувате с хора от други държави, които живеят в София, например на работа, в квартала или в училище?
sofia-integration-audit-migrant-contact--often = Често
sofia-integration-audit-migrant-contact--sometimes = Понякога
sofia-integration-audit-migrant-contact--rarely = Рядко
sofia-integration-audit-migrant-contact--never = Никога
sofia-integration-audit-migrants-view = Кое виждане за икономическите мигранти споделяте? Едното виждане: като цяло те подпомагат държавата чрез своята упорита работа и талантливи хора. Другото виждане: като цяло те натоварват държавата, защото заемат работни места и жилища и се възползват от здравеопазването.
sofia-integration-audit-migrants-view--help = Подпомагат държавата
sofia-integration-audit-migrants-view--burden = Натоварват държавата
sofia-integration-audit-migrants-view--both = И двете са отчасти верни
sofia-integration-audit-migrants-view--dont-know = Не знам
sofia-integration-audit-belonging = Доколко се чувствате у дома си в София?
sofia-integration-audit-belonging--min = никак
sofia-integration-audit-belonging--max = напълно

## Културно многообразие и обществени услуги

sofia-integration-audit-diversity-enriches = Доколко се съгласявате с това: „Хората от различни култури правят София по-добро място за живот“?
sofia-integration-audit-diversity-enriches--min = изобщо не се съгласявам
sofia-integration-audit-diversity-enriches--max = напълно се съгласявам
sofia-integration-audit-municipal-services = Как оценявате услугите на Столична община, например адресна регистрация, социални услуги и информация?
sofia-integration-audit-municipal-services--min = много лоши
sofia-integration-audit-municipal-services--max = много добри
sofia-integration-audit-information-session = Били ли сте на информационна среща на Обществения посредник на Столична община, например в център за интеграция на мигранти?

## Участие

sofia-integration-audit-participation = През последните 12 месеца участвали ли сте в нещо от изброеното в София?
sofia-integration-audit-participation-hint = Броят се и дейностите на живо, и онлайн.
sofia-integration-audit-participation--volunteering = Доброволчество
sofia-integration-audit-participation--community-group = Общностна група или сдружение
sofia-integration-audit-participation--public-consultation = Обществено обсъждане или среща с общината
sofia-integration-audit-participation--neighbourhood-events = Събития в квартала
sofia-integration-audit-participation--religious-community = Религиозна общност
sofia-integration-audit-participation--none = Нищо от изброеното
sofia-integration-audit-participation-constraint = „Нищо от изброеното“ не може да се избере заедно с други отговори. Моля, махнете една от отметките.

## Край

sofia-integration-audit-change-one-thing = Ако можехте да промените едно нещо в София, за да се живее по-добре заедно, какво би било то?
sofia-integration-audit-place-photo = Искате ли да изпратите снимка на място в София, което е важно за вас? Може да показва нещо хубаво или нещо, което трябва да се промени. Моля, избягвайте снимки, на които хората могат да бъдат разпознати.
