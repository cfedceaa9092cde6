# Анкета: dialogs/forms/sofia-integration-audit.yaml
# Идентификаторы: <form-id>-<question>, <question-id>-hint, <question-id>--<choice>, <question-id>--min/--max.

sofia-integration-audit-title = Аудит интеграции города София: анкета

## Начало

sofia-integration-audit-intro = Эта анкета — часть Аудита интеграции города София. Город спрашивает людей, которые приехали из других стран, и людей, которые давно здесь живут, как складывается совместная жизнь в Софии: работа, школа, жильё, здоровье, безопасность и городские услуги. Анкета займёт около 10 минут. Некоторые вопросы можно пропустить, можно вернуться назад или остановиться и продолжить позже. Ваши ответы хранятся без вашего имени, как описано в уведомлении о конфиденциальности. Посмотреть или удалить их можно в любое время командой /mydata.

## О вас

sofia-integration-audit-age = Сколько вам лет?
sofia-integration-audit-age-constraint = Эта анкета для людей от 16 лет. Если вам меньше 16 лет, пожалуйста, нажмите «Отмена».
sofia-integration-audit-gender = Ваш пол?
sofia-integration-audit-gender--woman = Женщина
sofia-integration-audit-gender--man = Мужчина
sofia-integration-audit-gender--other = Другое
sofia-integration-audit-gender--prefer-not-to-say = Предпочитаю не отвечать

## Граждане третьих стран

sofia-integration-audit-years-in-sofia = Как долго вы живёте в Софии?
sofia-integration-audit-years-in-sofia--less-than-1 = Меньше года
sofia-integration-audit-years-in-sofia--1-to-3 = 1–3 года
sofia-integration-audit-years-in-sofia--3-to-5 = 3–5 лет
sofia-integration-audit-years-in-sofia--5-to-10 = 5–10 лет
sofia-integration-audit-years-in-sofia--more-than-10 = Больше 10 лет
sofia-integration-audit-arrival-date = Когда вы впервые приехали в Болгарию?
sofia-integration-audit-arrival-date-hint = Если вы не помните точный день, напишите первое число месяца, например 01.06.2019.
sofia-integration-audit-residence-status = Какой у вас сейчас статус пребывания в Болгарии?
sofia-integration-audit-residence-status--permanent = Постоянное пребывание
sofia-integration-audit-residence-status--long-term = Долгосрочное пребывание
sofia-integration-audit-residence-status--extended = Продолжительное пребывание
sofia-integration-audit-residence-status--work-permit = Единое разрешение на работу или голубая карта ЕС
sofia-integration-audit-residence-status--international-protection = Статус беженца или гуманитарный статус
sofia-integration-audit-residence-status--temporary-protection = Временная защита
sofia-integration-audit-residence-status--asylum-procedure = Заявление о защите подано, жду решения
sofia-integration-audit-residence-status--other = Другое
sofia-integration-audit-bulgarian-level = Насколько хорошо вы говорите по-болгарски?
sofia-integration-audit-bulgarian-level--none = Совсем не говорю
sofia-integration-audit-bulgarian-level--basic = Несколько слов и фраз
sofia-integration-audit-bulgarian-level--intermediate = Достаточно для повседневных ситуаций
sofia-integration-audit-bulgarian-level--fluent = Свободно
sofia-integration-audit-language-course = Вы ходили на курсы болгарского языка?
sofia-integration-audit-language-course--attended = Да, курс пройден
sofia-integration-audit-language-course--attending = Да, хожу на курс сейчас
sofia-integration-audit-language-course--want-to = Нет, но хочу пойти
sofia-integration-audit-language-course--not-interested = Нет, мне это не нужно
sofia-integration-audit-barriers = Что больше всего затрудняет вашу жизнь в Софии?
sofia-integration-audit-barriers-hint = Выберите самое важное для вас. Если ничего из этого не мешает, выберите «Ничего из этого».
sofia-integration-audit-barriers--language = Язык
sofia-integration-audit-barriers--documents = Документы и администрация
sofia-integration-audit-barriers--work = Поиск работы
sofia-integration-audit-barriers--housing = Поиск жилья
sofia-integration-audit-barriers--health-care = Доступ к медицинской помощи
sofia-integration-audit-barriers--diplomas = Признание дипломов
sofia-integration-audit-barriers--information = Понятная мне информация
sofia-integration-audit-barriers--discrimination = Дискриминация или враждебность
sofia-integration-audit-barriers--none = Ничего из этого
sofia-integration-audit-barriers-constraint = «Ничего из этого» нельзя выбрать вместе с другими ответами. Пожалуйста, снимите одну из отметок.

## Работа

sofia-integration-audit-employment-status = Чем вы сейчас в основном занимаетесь?
sofia-integration-audit-employment-status--employed = Работаю по найму
sofia-integration-audit-employment-status--self-employed = Свой бизнес или самозанятость
sofia-integration-audit-employment-status--looking-for-work = Ищу работу
sofia-integration-audit-employment-status--studying = Учусь
sofia-integration-audit-employment-status--retired = На пенсии
sofia-integration-audit-employment-status--at-home = Дома, забочусь о семье
sofia-integration-audit-employment-status--other = Другое
sofia-integration-audit-job-matches-skills = Насколько ваша работа соответствует вашим навыкам и образованию?
sofia-integration-audit-job-matches-skills--min = совсем не соответствует
sofia-integration-audit-job-matches-skills--max = полностью соответствует

## Образование

sofia-integration-audit-children-school = Есть ли у вас дети, которые ходят в детский сад или школу в Софии?
sofia-integration-audit-children-school--yes-school = Да
sofia-integration-audit-children-school--no-school = Нет, они не ходят в сад или школу в Софии
sofia-integration-audit-children-school--no-children = У меня нет детей такого возраста
sofia-integration-audit-school-support = Насколько хорошо детский сад или школа поддерживает ваших детей?
sofia-integration-audit-school-support--min = очень плохо
sofia-integration-audit-school-support--max = очень хорошо

## Жильё

sofia-integration-audit-housing-situation = Где вы сейчас живёте?
sofia-integration-audit-housing-situation--own-home = В своём жилье
sofia-integration-audit-housing-situation--rent = В съёмном жилье
sofia-integration-audit-housing-situation--municipal-housing = В муниципальном жилье
sofia-integration-audit-housing-situation--shared-room = В комнате в общей квартире
sofia-integration-audit-housing-situation--family-or-friends = У родственников или друзей
sofia-integration-audit-housing-situation--centre = В центре приёма или интеграции
sofia-integration-audit-housing-situation--other = Другое
sofia-integration-audit-housing-refused = За последние два года вам отказывали в аренде жилья в Софии из-за вашего происхождения или гражданства?

## Здоровье

sofia-integration-audit-health-access = Насколько легко вам получить медицинскую помощь в Софии, когда она нужна?
sofia-integration-audit-health-access--min = очень трудно
sofia-integration-audit-health-access--max = очень легко

## Безопасность

sofia-integration-audit-feel-safe = Насколько безопасно вы чувствуете себя в своём районе, когда темно?
sofia-integration-audit-feel-safe--min = совсем небезопасно
sofia-integration-audit-feel-safe--max = полностью безопасно
sofia-integration-audit-hostility = За последние 12 месяцев вы сталкивались с оскорблениями, угрозами или языком вражды из-за вашего происхождения, религии или языка?
sofia-integration-audit-hostility--never = Никогда
sofia-integration-audit-hostility--once = Один раз
sofia-integration-audit-hostility--several-times = Несколько раз
sofia-integration-audit-hostility--often = Часто
sofia-integration-audit-hostility-reported = Вы сообщали об этом в полицию, омбудсмену муниципалитета Софии или в организацию, которая помогает людям?
sofia-integration-audit-hate-speech-seen = За последние 12 месяцев вы видели граффити с ненавистью или слышали язык вражды против иностранцев в Софии?

## Совместная жизнь

sofia-integration-audit-neighbour-contact = Как часто вы разговариваете с соседями?
sofia-integration-audit-neighbour-contact--daily = Каждый день или почти каждый день
sofia-integration-audit-neighbour-contact--weekly = Хотя бы раз в неделю
sofia-integration-audit-neighbour-contact--monthly = Хотя бы раз в месяц
sofia-integration-audit-neighbour-contact--rarely = Реже
sofia-integration-audit-neighbour-contact--never = Никогда
sofia-integration-audit-migrant-contact = Как часто вы общаетесь с людьми из других стран, которые живут в Софии, например на работе, в своём районе или в школе?
sofia-integration-audit-migrant-contact--often = Часто
sofia-integration-audit-migrant-contact--sometimes = Иногда
sofia-integration-audit-migrant-contact--rarely = Редко
sofia-integration-audit-migrant-contact--never = Никогда
sofia-integration-audit-migrants-view = Какое мнение об экономических мигрантах вы разделяете? Одно мнение: в целом они помогают государству своим упорным трудом и талантом. Другое мнение: в целом они обременяют государство, потому что занимают рабочие места и жильё и пользуются здравоохранением.
sofia-integration-audit-migrants-view--help = Помогают государству
sofia-integration-audit-migrants-view--burden = Обременяют государство
sofia-integration-audit-migrants-view--both = И то и другое отчасти верно
sofia-integration-audit-migrants-view--dont-know = Не знаю
sofia-integration-audit-belonging = Насколько вы чувствуете себя в Софии как дома?
sofia-integration-audit-belonging--min = совсем нет
sofia-integration-audit-belonging--max = полностью

## Культурное разнообразие и городские услуги

sofia-integration-audit-diversity-enriches = Насколько вы согласны: «Люди из разных культур делают Софию лучшим местом для жизни»?
sofia-integration-audit-diversity-enriches--min = совсем не согласны
sofia-integration-audit-diversity-enriches--max = полностью согласны
sofia-integration-audit-municipal-services = Насколько вы довольны услугами муниципалитета Софии, например регистрацией по адресу, социальными услугами и информацией?
sofia-integration-audit-municipal-services--min = совсем не довольны
sofia-integration-audit-municipal-services--max = полностью довольны
sofia-integration-audit-information-session = Вы были на информационной встрече омбудсмена муниципалитета Софии, например в центре интеграции мигрантов?

## Участие

sofia-integration-audit-participation = За последние 12 месяцев вы участвовали в чём-то из этого в Софии?
sofia-integration-audit-participation-hint = Считайте и очные, и онлайн-мероприятия.
sofia-integration-audit-participation--volunteering = Волонтёрство
sofia-integration-audit-participation--community-group = Общественная группа или объединение
sofia-integration-audit-participation--public-consultation = Общественное обсуждение или встреча с муниципалитетом
sofia-integration-audit-participation--neighbourhood-events = Мероприятия в моём районе
sofia-integration-audit-participation--religious-community = Религиозная община
sofia-integration-audit-participation--none = Ничего из этого
sofia-integration-audit-participation-constraint = «Ничего из этого» нельзя выбрать вместе с другими ответами. Пожалуйста, снимите одну из отметок.

## Завершение

sofia-integration-audit-change-one-thing = Если бы вы могли изменить в Софии одну вещь, чтобы жить вместе стало лучше, что бы это было?
sofia-integration-audit-place-photo = Хотите отправить фотографию места в Софии, которое важно для вас? На ней может быть что-то хорошее или что-то, что нужно изменить. Пожалуйста, не присылайте фотографии, на которых можно узнать людей.
