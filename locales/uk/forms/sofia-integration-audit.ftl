# Анкета: dialogs/forms/sofia-integration-audit.yaml
# Ідентифікатори: <form-id>-<question>, <question-id>-hint, <question-id>--<choice>, <question-id>--min/--max.

sofia-integration-audit-title = Аудит інтеграції міста Софія: анкета

## Початок

sofia-integration-audit-intro = Ця анкета — частина Аудиту інтеграції міста Софія. Місто запитує людей, які приїхали з інших країн, і людей, які давно тут живуть, як складається спільне життя в Софії: робота, школа, житло, здоров'я, безпека та міські послуги. Анкета займе близько 10 хвилин. Деякі запитання можна пропустити, можна повернутися назад або зупинитися й продовжити пізніше. Ваші відповіді зберігаються без вашого імені, як описано в повідомленні про конфіденційність. Переглянути або видалити їх можна будь-коли командою /mydata.

## Про вас

sofia-integration-audit-age = Скільки вам років?
sofia-integration-audit-age-constraint = Ця анкета для людей від 16 років. Якщо вам менше 16 років, будь ласка, натисніть «Скасувати».
sofia-integration-audit-gender = Ваша стать?
sofia-integration-audit-gender--woman = Жінка
sofia-integration-audit-gender--man = Чоловік
sofia-integration-audit-gender--other = Інше
sofia-integration-audit-gender--prefer-not-to-say = Волію не відповідати

## Громадяни третіх країн

sofia-integration-audit-years-in-sofia = Як довго ви живете в Софії?
sofia-integration-audit-years-in-sofia--less-than-1 = Менше року
sofia-integration-audit-years-in-sofia--1-to-3 = 1–3 роки
sofia-integration-audit-years-in-sofia--3-to-5 = 3–5 років
sofia-integration-audit-years-in-sofia--5-to-10 = 5–10 років
sofia-integration-audit-years-in-sofia--more-than-10 = Понад 10 років
sofia-integration-audit-arrival-date = Коли ви вперше приїхали до Болгарії?
sofia-integration-audit-arrival-date-hint = Якщо ви не пам'ятаєте точного дня, напишіть перше число місяця, наприклад 01.06.2019.
sofia-integration-audit-residence-status = Який у вас зараз статус перебування в Болгарії?
sofia-integration-audit-residence-status--permanent = Постійне перебування
sofia-integration-audit-residence-status--long-term = Довгострокове перебування
sofia-integration-audit-residence-status--extended = Тривале перебування
sofia-integration-audit-residence-status--work-permit = Єдиний дозвіл на роботу або блакитна карта ЄС
sofia-integration-audit-residence-status--international-protection = Статус біженця або гуманітарний статус
sofia-integration-audit-residence-status--temporary-protection = Тимчасовий захист
sofia-integration-audit-residence-status--asylum-procedure = Заяву про захист подано, чекаю на рішення
sofia-integration-audit-residence-status--other = Інше
sofia-integration-audit-bulgarian-level = Наскільки добре ви говорите болгарською?
sofia-integration-audit-bulgarian-level--none = Зовсім не говорю
sofia-integration-audit-bulgarian-level--basic = Кілька слів і фраз
sofia-integration-audit-bulgarian-level--intermediate = Достатньо для повсякденних ситуацій
sofia-integration-audit-bulgarian-level--fluent = Вільно
sofia-integration-audit-language-course = Чи відвідували ви курси болгарської мови?
sofia-integration-audit-language-course--attended = Так, курс завершено
sofia-integration-audit-language-course--attending = Так, відвідую курс зараз
sofia-integration-audit-language-course--want-to = Ні, але хочу піти
sofia-integration-audit-language-course--not-interested = Ні, мені це не потрібно
sofia-integration-audit-barriers = Що найбільше ускладнює ваше життя в Софії?
sofia-integration-audit-barriers-hint = Оберіть найважливіше для вас. Якщо ніщо з цього вам не заважає, оберіть «Нічого з цього».
sofia-integration-audit-barriers--language = Мова
sofia-integration-audit-barriers--documents = Документи та адміністрація
sofia-integration-audit-barriers--work = Пошук роботи
sofia-integration-audit-barriers--housing = Пошук житла
sofia-integration-audit-barriers--health-care = Доступ до медичної допомоги
sofia-integration-audit-barriers--diplomas = Визнання дипломів
sofia-integration-audit-barriers--information = Зрозуміла мені інформація
sofia-integration-audit-barriers--discrimination = Дискримінація або ворожість
sofia-integration-audit-barriers--none = Нічого з цього
sofia-integration-audit-barriers-constraint = «Нічого з цього» не можна обрати разом з іншими відповідями. Будь ласка, зніміть одну з позначок.

## Робота

sofia-integration-audit-employment-status = Чим ви зараз переважно займаєтеся?
sofia-integration-audit-employment-status--employed = Працюю за наймом
sofia-integration-audit-employment-status--self-employed = Власна справа або самозайнятість
sofia-integration-audit-employment-status--looking-for-work = Шукаю роботу
sofia-integration-audit-employment-status--studying = Навчаюся
sofia-integration-audit-employment-status--retired = На пенсії
sofia-integration-audit-employment-status--at-home = Вдома, доглядаю за родиною
sofia-integration-audit-employment-status--other = Інше
sofia-integration-audit-job-matches-skills = Наскільки ваша робота відповідає вашим навичкам і освіті?
sofia-integration-audit-job-matches-skills--min = зовсім не відповідає
sofia-integration-audit-job-matches-skills--max = повністю відповідає

## Освіта

sofia-integration-audit-children-school = Чи є у вас діти, які ходять до дитячого садка або школи в Софії?
sofia-integration-audit-children-school--yes-school = Так
sofia-integration-audit-children-school--no-school = Ні, вони не ходять до садка чи школи в Софії
sofia-integration-audit-children-school--no-children = У мене немає дітей такого віку
sofia-integration-audit-school-support = Наскільки добре дитячий садок або школа підтримує ваших дітей?
sofia-integration-audit-school-support--min = дуже погано
sofia-integration-audit-school-support--max = дуже добре

## Житло

sofia-integration-audit-housing-situation = Де ви зараз живете?
sofia-integration-audit-housing-situation--own-home = У власному житлі
sofia-integration-audit-housing-situation--rent = В орендованому житлі
sofia-integration-audit-housing-situation--municipal-housing = У муніципальному житлі
sofia-integration-audit-housing-situation--shared-room = У кімнаті в спільній квартирі
sofia-integration-audit-housing-situation--family-or-friends = У родичів або друзів
sofia-integration-audit-housing-situation--centre = У центрі прийому або інтеграції
sofia-integration-audit-housing-situation--other = Інше
sofia-integration-audit-housing-refused = Чи відмовляли вам за останні два роки в оренді житла в Софії через ваше походження або громадянство?

## Здоров'я

sofia-integration-audit-health-access = Наскільки легко вам отримати медичну допомогу в Софії, коли вона потрібна?
sofia-integration-audit-health-access--min = дуже важко
sofia-integration-audit-health-access--max = дуже легко

## Безпека

sofia-integration-audit-feel-safe = Наскільки безпечно ви почуваєтеся у своєму районі в темну пору доби?
sofia-integration-audit-feel-safe--min = зовсім небезпечно
sofia-integration-audit-feel-safe--max = цілком безпечно
sofia-integration-audit-hostility = Чи стикалися ви за останні 12 місяців з образами, погрозами або мовою ворожнечі через ваше походження, релігію чи мову?
sofia-integration-audit-hostility--never = Ніколи
sofia-integration-audit-hostility--once = Один раз
sofia-integration-audit-hostility--several-times = Кілька разів
sofia-integration-audit-hostility--often = Часто
sofia-integration-audit-hostility-reported = Чи повідомили ви про це поліції, омбудсману муніципалітету Софії або організації, яка допомагає людям?
sofia-integration-audit-hate-speech-seen = Чи бачили ви за останні 12 місяців графіті з ненавистю або чули мову ворожнечі проти іноземців у Софії?

## Спільне життя

sofia-integration-audit-neighbour-contact = Як часто ви розмовляєте із сусідами?
sofia-integration-audit-neighbour-contact--daily = Щодня або майже щодня
sofia-integration-audit-neighbour-contact--weekly = Щонайменше раз на тиждень
sofia-integration-audit-neighbour-contact--monthly = Щонайменше раз на місяць
sofia-integration-audit-neighbour-contact--rarely = Рідше
sofia-integration-audit-neighbour-contact--never = Ніколи
sofia-integration-audit-migrant-contact = Як часто ви спілкуєтеся з людьми з інших країн, які живуть у Софії, наприклад на роботі, у своєму районі чи в школі?
sofia-integration-audit-migrant-contact--often = Часто
sofia-integration-audit-migrant-contact--sometimes = Іноді
sofia-integration-audit-migrant-contact--rarely = Рідко
sofia-integration-audit-migrant-contact--never = Ніколи
sofia-integration-audit-migrants-view = Яку думку про економічних мігрантів ви поділяєте? Одна думка: загалом вони допомагають державі своєю наполегливою працею і талантом. Інша думка: загалом вони обтяжують державу, бо займають робочі місця й житло та користуються медичною допомогою.
sofia-integration-audit-migrants-view--help = Допомагають державі
sofia-integration-audit-migrants-view--burden = Обтяжують державу
sofia-integration-audit-migrants-view--both = І те, й інше частково правда
sofia-integration-audit-migrants-view--dont-know = Не знаю
sofia-integration-audit-belonging = Наскільки ви почуваєтеся в Софії як удома?
sofia-integration-audit-belonging--min = зовсім ні
sofia-integration-audit-belonging--max = повністю

## Культурне розмаїття та міські послуги

sofia-integration-audit-diversity-enriches = Наскільки ви погоджуєтеся: «Люди з різних культур роблять Софію кращим місцем для життя»?
sofia-integration-audit-diversity-enriches--min = зовсім не погоджуюся
sofia-integration-audit-diversity-enriches--max = повністю погоджуюся
sofia-integration-audit-municipal-services = Наскільки ви задоволені послугами муніципалітету Софії, наприклад реєстрацією за адресою, соціальними послугами та інформацією?
sofia-integration-audit-municipal-services--min = зовсім не задоволені
sofia-integration-audit-municipal-services--max = повністю задоволені
sofia-integration-audit-information-session = Чи були ви на інформаційній зустрічі омбудсмана муніципалітету Софії, наприклад у центрі інтеграції мігрантів?

## Участь

sofia-integration-audit-participation = Чи брали ви за останні 12 місяців участь у чомусь із цього в Софії?
sofia-integration-audit-participation-hint = Враховуйте і зустрічі наживо, і онлайн.
sofia-integration-audit-participation--volunteering = Волонтерство
sofia-integration-audit-participation--community-group = Громадська група чи об'єднання
sofia-integration-audit-participation--public-consultation = Громадське обговорення або зустріч із муніципалітетом
sofia-integration-audit-participation--neighbourhood-events = Заходи в моєму районі
sofia-integration-audit-participation--religious-community = Релігійна громада
sofia-integration-audit-participation--none = Нічого з цього
sofia-integration-audit-participation-constraint = «Нічого з цього» не можна обрати разом з іншими відповідями. Будь ласка, зніміть одну з позначок.

## Завершення

sofia-integration-audit-change-one-thing = Якби ви могли змінити в Софії одну річ, щоб жити разом стало краще, що б це було?
sofia-integration-audit-place-photo = Хочете надіслати фотографію місця в Софії, яке важливе для вас? На ній може бути щось добре або щось, що треба змінити. Будь ласка, не надсилайте фотографій, на яких можна впізнати людей.
