## Информационни срещи на обществения посредник (Bulgarian). Key terms: see locales/GLOSSARY.md.

## Редове за една среща (списък, карта, съобщения)
sessions-title = 📅 <b>{ $title }</b>
sessions-when = 🕒 Кога: { DATETIME($date, dateStyle: "full") }, { $start }–{ $end } ч. (софийско време)
sessions-where = 📍 Място: { $venue }, { $address }
sessions-interpretation = 🗣 Превод на: { $languages }
sessions-no-interpretation = 🗣 На български, без превод
sessions-seats = 💺 Свободни места: { $left } от { $capacity }
sessions-full =
    💺 Няма свободни места. { $waiting ->
        [0] Списъкът на чакащите още е празен.
        [one] В списъка на чакащите има { $waiting } човек.
       *[other] В списъка на чакащите има { $waiting } души.
    }
sessions-notes = 📝 Полезно да знаете: { $notes }
sessions-join = { $first }, { $rest }
sessions-lines =
    { $first }
    { $rest }

## Списъкът
sessions-list-title = <b>Информационни срещи</b> на обществения посредник в центровете за интеграция на мигранти. Всеки е добре дошъл; участието е безплатно. Страница { $page } от { $pages }.
sessions-list-empty = В момента няма насрочени информационни срещи. Моля, проверете отново по-късно.
sessions-open = { DATETIME($day, dateStyle: "medium") } · { $title }
sessions-earlier = ◀️ По-ранни
sessions-later = По-късни ▶️
sessions-all = 📅 Всички срещи

## Картата на една среща
sessions-register = ✍️ Записване
sessions-join-waiting = ⏳ Записване в списъка на чакащите
sessions-unregister = ❌ Отказ от записването
sessions-calendar = 📆 Добавяне в календара
sessions-map = 🗺 Показване на картата
sessions-open-card = 📅 Вижте срещата
sessions-you-registered = ✅ Записани сте за тази среща.
sessions-you-waiting = ⏳ В списъка на чакащите сте с номер { $position }. Ако се освободи място, ще продължите напред и ще ви съобщим.
sessions-registered = ✅ Готово: записани сте. Ще ви изпратим напомняне преди срещата.
sessions-registered-toast = Записани сте.
sessions-waiting = ⏳ Всички места са заети. В списъка на чакащите сте с номер { $position }. Ако се освободи място, ще продължите напред автоматично и ще ви съобщим.
sessions-waiting-toast = В списъка на чакащите сте.
sessions-already-registered = Вече сте записани.
sessions-already-waiting = Вече сте в списъка на чакащите.
sessions-closed = Записването за тази среща е затворено: срещата е отменена или вече е започнала.
sessions-needs-consent = За да се запишете, моля, първо дайте съгласие с уведомлението за поверителност.
sessions-unregister-confirm = Да отменим ли записването ви за „{ $title }“?
sessions-unregister-yes = Да, отменете го
sessions-unregister-no = Не, запазете го
sessions-unregistered = Записването ви е отменено. Можете да се запишете отново, докато има свободни места.
sessions-unregistered-toast = Записването е отменено.
sessions-not-registered = Не сте записани за тази среща.
sessions-calendar-sent = Файлът за календара е по-долу. Отворете го, за да добавите срещата в календара си.
sessions-calendar-alarm = Напомняне: { $title }
sessions-no-map = Все още няма карта за това място.

## Съобщения, които ботът изпраща по-късно
sessions-moved-up = 🎉 Добра новина: освободи се място. Вече сте записани за тази информационна среща.
sessions-cancelled-notice = ❌ Съжаляваме: тази информационна среща е отменена. Тя няма да се проведе.
sessions-changed-notice = ✏️ Тази информационна среща е променена. Моля, вижте новите подробности.
sessions-reminder =
    ⏰ Напомняне: информационната среща започва след { $hours ->
        [one] { $hours } час.
       *[other] { $hours } часа.
    }
sessions-announce-new = 📣 Нова информационна среща на обществения посредник:
sessions-announce-cancelled = 📣 Тази информационна среща е отменена:

## Служители: създаване и промяна на среща в чата
sessions-new-title = Изпратете заглавието на информационната среща. То се показва на всички езици; след това можете да добавите заглавие на отделни езици. (/cancel прекратява.)
sessions-new-titles = Заглавие за всички езици: „{ $title }“. Можете да добавите заглавие на някой език (✅ = написано). Натиснете „Напред“, когато е достатъчно.
sessions-new-title-lang = Изпратете заглавието на { $language }.
sessions-new-start = Кога започва? Изпратете дата и час (софийско време), например: { $example }
sessions-new-start-bad = Съжаляваме, не успяхме да разчетем тази дата и час. Моля, напишете ги така: { $example }
sessions-new-start-past = Този час вече е минал. Моля, изпратете час в бъдещето, например: { $example }
sessions-new-end = Колко трае? Изберете по-долу или изпратете часа на края, например 20:00.
sessions-new-hours =
    { $hours ->
        [one] { $hours } час
       *[other] { $hours } часа
    }{ $minutes ->
        [0] {""}
       *[other] {" "}и { $minutes } мин.
    }
sessions-new-end-bad = Съжаляваме, това не е час на края след началото. Изпратете го така: 20:00, или изберете бутон.
sessions-new-venue = Къде е срещата? Изберете запазено място или добавете ново.
sessions-new-venue-first = Къде е срещата? Все още няма запазени места: моля, добавете едно.
sessions-new-venue-add = ➕ Ново място
sessions-new-venue-name = Изпратете името на мястото, например името на центъра за интеграция.
sessions-new-venue-address = Изпратете адреса на „{ $name }“.
sessions-new-venue-coords = Изпратете местоположението на мястото за картата: споделете местоположение в Telegram или изпратете координатите, например 42.6977, 23.3219. Или натиснете „Пропускане“: тогава хората виждат само адреса.
sessions-new-coords-bad = Съжаляваме, това не са координати. Изпратете ги така: 42.6977, 23.3219, споделете местоположение или натиснете „Пропускане“.
sessions-new-languages = На кои езици ще има превод? Натиснете език, за да го изберете или махнете (✅ = избран), след това „Напред“.
sessions-new-capacity = Колко места има? Изпратете число от 1 до { $most }.
sessions-new-capacity-bad = Моля, изпратете цяло число от 1 до { $most }.
sessions-new-capacity-low =
    { $count ->
        [one] Вече е записан { $count } човек.
       *[other] Вече са записани { $count } души.
    } Броят на местата не може да е по-малък.
sessions-new-notes = Има ли нещо, което хората трябва да знаят, например какво да носят или как да намерят залата? Изпратете го или натиснете „Пропускане“.
sessions-new-too-long = Твърде дълго е: моля, най-много { $most } знака.
sessions-new-use-buttons = Моля, използвайте бутоните за тази стъпка.
sessions-new-next = Напред ➡️
sessions-new-skip = Пропускане
sessions-new-tick =
    { $on ->
        [yes] ✅
       *[no] ⬜
    } { $label }
sessions-new-summary = <b>Моля, проверете информационната среща:</b>
sessions-new-publish = ✅ Публикуване
sessions-new-keep = 💾 Запазване като чернова
sessions-new-discard = 🗑 Изтриване на черновата
sessions-new-published = Публикувано. Хората я виждат в /sessions.
sessions-new-kept = Запазено като чернова. Ще я намерите в /sessionlist и можете да я публикувате оттам.
sessions-new-discarded = Черновата е изтрита.
sessions-new-resume = Имате незавършена информационна среща. Да продължим оттам, където спряхте. (/cancel я изтрива.)
sessions-new-gone = Тази чернова вече не съществува. /newsession започва нова.
sessions-edit-menu = <b>Какво искате да промените?</b> Промените се запазват веднага. Ако часът или мястото на публикувана среща се променят, всички записани и чакащи получават съобщение.
sessions-edit-title = Заглавие
sessions-edit-start = Начало
sessions-edit-end = Край
sessions-edit-venue = Място
sessions-edit-languages = Превод
sessions-edit-capacity = Места
sessions-edit-notes = Бележки
sessions-edit-done = ✅ Готово
sessions-edit-finished = Промяната е завършена. /sessionlist показва всички срещи.
sessions-field-missing = още не е зададено
sessions-staff-titles = 🌐 Отделни заглавия на: { $languages }
sessions-staff-when-missing = 🕒 Кога: още не е зададено
sessions-staff-where-missing = 📍 Място: още не е зададено
sessions-staff-coords = 🗺 Карта: { $coords }
sessions-staff-capacity = 💺 Места: { $capacity }
sessions-staff-capacity-missing = 💺 Места: { $missing }

## Служители: списъкът, картата на срещата, списъкът на записаните
sessions-staff-title = <b>Информационни срещи</b> (чернови, предстоящи и тези от последните 30 дни). Страница { $page } от { $pages }. Натиснете номер, за да отворите среща.
sessions-staff-empty = Все още няма информационни срещи. Създайте среща с бутона по-долу или с /newsession.
sessions-staff-item = { $number }. { $line }
sessions-staff-line =
    { $state ->
        [draft] 📝 Чернова
        [upcoming] 🟢 Публикувана
        [past] ⚪ Минала
       *[cancelled] ❌ Отменена
    } · { DATETIME($date, dateStyle: "medium") } { $time } · <b>{ $title }</b> · записани: { $registered }/{ $capacity }, чакащи: { $waiting }
sessions-staff-line-undated = 📝 Чернова · <b>{ $title }</b> · още без дата
sessions-staff-open = { $number }
sessions-staff-new = ➕ Нова среща
sessions-staff-edit = ✏️ Промяна
sessions-staff-people = 👥 Записани
sessions-staff-cancel = ❌ Отмяна на срещата
sessions-staff-back = ⬅️ Всички срещи
sessions-staff-back-one = ⬅️ Обратно към срещата
sessions-staff-cancel-confirm =
    Да отменим ли „{ $title }“? { $count ->
        [0] Все още няма записани.
        [one] { $count } записан или чакащ човек ще получи съобщение.
       *[other] { $count } записани или чакащи души ще получат съобщение.
    } Това не може да се върне.
sessions-staff-cancel-yes = Да, отменете срещата
sessions-staff-cancel-no = Не, запазете я
sessions-staff-cancelled =
    Срещата е отменена. { $count ->
        [0] Никой не се беше записал.
        [one] Изпращаме съобщение на { $count } човек.
       *[other] Изпращаме съобщение на { $count } души.
    }
sessions-staff-publish-past = Часът на началото на тази чернова е минал. Натиснете „Промяна“, за да зададете нов час.
sessions-staff-people-title = <b>Записани: { $title }</b> · записани: { $registered }/{ $capacity }, чакащи: { $waiting }. Имена не се пазят: всеки е показан с псевдоним.
sessions-staff-waiting-title = <b>Списък на чакащите</b>
sessions-staff-person = { $number }. { $pseudonym } · { $language } · { $group }
sessions-staff-people-none = Все още никой не се е записал.
