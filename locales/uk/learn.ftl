## «Дізнатися більше» (Ukrainian): відео й факти кампанії Аудиту інтеграції міста Софія.

learn-title =
    💡 <b>Дізнатися більше</b>
    Разом з Аудитом інтеграції міста Софія місто провело кампанію проти поширених міфів про мігрантів і біженців. На екранах у метро й трамваях показували короткі фільми про людей, які обрали Софію. Перегляньте їх тут або прочитайте факти.
learn-video =
    🎬 <b>{ $title }</b>
    { $text }
learn-watch = ▶️ { $title }
learn-facts = 📊 Факти й цифри
learn-videos = 🎬 Відео
learn-previous = ◀️ Назад
learn-next = Далі ▶️
learn-more = 💡 Дізнатися більше
learn-fact-title = 📊 <b>Факт { $number } з { $count }</b>
learn-did-you-know =
    💡 <b>Чи знаєте ви?</b>
    { $fact }

learn-video-olympic-dream-title = Олімпійська мрія
learn-video-olympic-dream-text = Кожа — біженець із Сирії. Навчається стоматології, займається боксом і легкою атлетикою та мріє потрапити до олімпійської збірної біженців на Іграх 2020 року в Токіо. Фільм УВКБ ООН у Болгарії.
learn-video-we-the-others-title = Ми, інші
learn-video-we-the-others-text = Короткий документальний фільм: четверо мігрантів розповідають, як це — жити в Болгарії. Лі Цзяї з Китаю, Мехрдад Мехдаді з Ірану, Лінда Маккензі-Петкова з Канади та Сітара Бакірова з Казахстану. Знятий організацією RiskMonitor у проєкті INTEGRA за фінансування Фонду ЄС «Притулок, міграція та інтеграція».
learn-video-st-ana-center-title = Центр «Свята Анна»
learn-video-st-ana-center-text = Інтеграція біженців і робота Інтеграційного центру «Свята Анна» очима родини біженців із Сирії. Фільм «Карітас Болгарія» в проєкті SAFERR.
learn-video-beyond-the-barriers-title = За бар'єрами
learn-video-beyond-the-barriers-text = Студенти другого курсу спеціальності «Книговидання» факультету журналістики та масових комунікацій Софійського університету створюють книжку з історіями мігрантів і біженців з Афганістану, Сирії, Іраку, Ірану та Сомалі. Цей фільм вони теж зняли разом із факультетом.

learn-fact-population = У Софії живе близько { NUMBER($people_millions) } млн людей. Іноземці серед них: { NUMBER($foreign_share, style: "percent", maximumFractionDigits: 1) }.
learn-fact-students = У навчальному році { $year } в Болгарії навчалися іноземні студенти: { NUMBER($students) }. Це близько { NUMBER($share, style: "percent") } усіх студентів.
learn-fact-threat = У 2014 році { NUMBER($share_2014, style: "percent", maximumFractionDigits: 1) } опитаних мешканців Софії пов'язували слово «загроза» з іноземцем. У 2016 році — { NUMBER($share_2016, style: "percent", maximumFractionDigits: 1) }. Більшість людей не бачать в іноземцях загрози.
learn-fact-crime = З 2015 до 2017 року частка іноземців серед виявлених злочинців у Болгарії становила від { NUMBER($country_low, style: "percent", maximumFractionDigits: 1) } до { NUMBER($country_high, style: "percent", maximumFractionDigits: 1) }. У Софії серед тих, хто скоїв злочини проти особи та власності, їхня частка була від { NUMBER($sofia_low, style: "percent", maximumFractionDigits: 1) } до { NUMBER($sofia_high, style: "percent", maximumFractionDigits: 1) } — не більше за їхню частку в населенні міста.
learn-fact-work-permits = У { $year } році дозвіл на роботу або «блакитну картку» ЄС (дозвіл для висококваліфікованих працівників) мали мігранти в Болгарії: { NUMBER($permits) }.
learn-fact-participation = В аудиті інтеграції міста взяли участь понад { NUMBER($people) } мешканців Софії. Кожен п'ятий із них — мігрант.
learn-source-audit = <i>Джерело: Аудит інтеграції міста Софія, integra-net.eu</i>
learn-source-crime = <i>Джерело: Аудит інтеграції міста Софія, integra-net.eu; статистика МВС Болгарії за 2015–2017 роки; Інститут «Відкрите суспільство», річний звіт за 2016 рік.</i>
