## «Узнать больше» (Russian): видео и факты кампании Аудита интеграции города София.

learn-title =
    💡 <b>Узнать больше</b>
    Вместе с Аудитом интеграции города София город провёл кампанию против распространённых мифов о мигрантах и беженцах. На экранах в метро и трамваях показывали короткие фильмы о людях, которые выбрали Софию. Посмотрите их здесь или прочитайте факты.
learn-video =
    🎬 <b>{ $title }</b>
    { $text }
learn-watch = ▶️ { $title }
learn-facts = 📊 Факты и цифры
learn-videos = 🎬 Видео
learn-previous = ◀️ Назад
learn-next = Дальше ▶️
learn-more = 💡 Узнать больше
learn-fact-title = 📊 <b>Факт { $number } из { $count }</b>
learn-did-you-know =
    💡 <b>Знаете ли вы?</b>
    { $fact }

learn-video-olympic-dream-title = Олимпийская мечта
learn-video-olympic-dream-text = Кожа — беженец из Сирии. Учится на стоматолога, занимается боксом и лёгкой атлетикой и мечтает попасть в олимпийскую сборную беженцев на Играх 2020 года в Токио. Фильм УВКБ ООН в Болгарии.
learn-video-we-the-others-title = Мы, другие
learn-video-we-the-others-text = Короткий документальный фильм: четыре мигранта рассказывают, каково жить в Болгарии. Ли Цзяи из Китая, Мехрдад Мехдади из Ирана, Линда Маккензи-Петкова из Канады и Ситара Бакирова из Казахстана. Снят организацией RiskMonitor в проекте INTEGRA при финансировании Фонда ЕС «Убежище, миграция и интеграция».
learn-video-st-ana-center-title = Центр «Святая Анна»
learn-video-st-ana-center-text = Интеграция беженцев и работа Интеграционного центра «Святая Анна» глазами семьи беженцев из Сирии. Фильм «Каритас Болгария» в проекте SAFERR.
learn-video-beyond-the-barriers-title = За барьерами
learn-video-beyond-the-barriers-text = Студенты второго курса специальности «Книгоиздание» факультета журналистики и массовых коммуникаций Софийского университета создают книгу с историями мигрантов и беженцев из Афганистана, Сирии, Ирака, Ирана и Сомали. Этот фильм они тоже сняли вместе с факультетом.

learn-fact-population = В Софии живёт около { NUMBER($people_millions) } млн человек. Иностранцы среди них: { NUMBER($foreign_share, style: "percent", maximumFractionDigits: 1) }.
learn-fact-students = В учебном году { $year } в Болгарии учились иностранные студенты: { NUMBER($students) }. Это около { NUMBER($share, style: "percent") } всех студентов.
learn-fact-threat = В 2014 году { NUMBER($share_2014, style: "percent", maximumFractionDigits: 1) } опрошенных жителей Софии связывали слово «угроза» с иностранцем. В 2016 году — { NUMBER($share_2016, style: "percent", maximumFractionDigits: 1) }. Большинство людей не видят в иностранцах угрозы.
learn-fact-crime = С 2015 по 2017 год доля иностранцев среди выявленных преступников в Болгарии была от { NUMBER($country_low, style: "percent", maximumFractionDigits: 1) } до { NUMBER($country_high, style: "percent", maximumFractionDigits: 1) }. В Софии среди совершивших преступления против личности и собственности их доля была от { NUMBER($sofia_low, style: "percent", maximumFractionDigits: 1) } до { NUMBER($sofia_high, style: "percent", maximumFractionDigits: 1) } — не больше их доли в населении города.
learn-fact-work-permits = В { $year } году разрешение на работу или «голубую карту» ЕС (разрешение для высококвалифицированных работников) имели мигранты в Болгарии: { NUMBER($permits) }.
learn-fact-participation = В аудите интеграции города приняли участие больше { NUMBER($people) } жителей Софии. Каждый пятый из них — мигрант.
learn-source-audit = <i>Источник: Аудит интеграции города София, integra-net.eu</i>
learn-source-crime = <i>Источник: Аудит интеграции города София, integra-net.eu; статистика МВД Болгарии за 2015–2017 годы; Институт «Открытое общество», годовой отчёт за 2016 год.</i>
