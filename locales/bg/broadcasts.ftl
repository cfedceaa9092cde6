## Съобщения: теми, за които хората се абонират, и какво им изпращат служителите.
## Термини: вижте locales/GLOSSARY.md (съобщение, тема, абониране, резултати от одита).

topics-button = 📢 Съобщения
topics-title = <b>📢 Съобщения</b>
topics-explain = Изберете темите, за които искате да научавате. Когато има новина по някоя тема, ще ви изпратя съобщение. Можете да промените избора си по всяко време.
topic-name =
    { $topic ->
        [sessions] 📅 Информационни срещи
        [results] 📈 Резултати от одита и програмата за интеграция на града
       *[polls] 📊 Нови допитвания
    }
topics-toggle =
    { $on ->
        [yes] ✅ { $topic }
       *[no] ⬜ { $topic }
    }
topics-subscribed = Абонирахте се: { $topic }
topics-unsubscribed = Отписахте се: { $topic }

# what a person receives
broadcast-header = 📢 <b>{ $topic }</b>
broadcast-header-session = 📢 <b>Вашата информационна среща</b>
broadcast-open-poll = 📊 Към допитването
broadcast-stop = 🔕 Без повече съобщения по тази тема

# staff: writing an announcement (/broadcast)
broadcast-new-topic = <b>Ново съобщение.</b> За какво е? Ще го получат само хората, абонирани за тази тема.
broadcast-new-resume = Имате недовършено съобщение. Ето докъде бяхте стигнали.
broadcast-new-gone = Това съобщение вече го няма. Започнете отново с /broadcast.
broadcast-new-discard = 🗑 Изтриване
broadcast-new-discarded = Съобщението е изтрито. Нищо не е изпратено.
broadcast-new-tick =
    { $on ->
        [yes] ✓ { $label }
       *[no] { $label }
    }
broadcast-new-all = Всички
broadcast-new-narrow =
    <b>Кой да го получи?</b> Тема: { $topic }
    Можете да го изпратите само на хората, които четат на един език, или само на една група.
    Получатели сега: { $count }
broadcast-new-next = Напред ➡️
broadcast-new-text =
    <b>Напишете съобщението</b> и го изпратете като едно съобщение (най-много { $most } знака). Можете да изпратите и една снимка.
    Език на този текст: { $language }
    Всеки получава текста на своя език, ако сте написали такъв. Всички останали получават текста на този език: { $fallback } (ако няма такъв – друг текст, който сте написали). За да пишете на друг език, изберете го по-долу.
    Написани текстове: { $written }
    Снимка: { $photo ->
        [yes] добавена
       *[no] няма
    }
broadcast-new-no-photo = Премахване на снимката
broadcast-new-preview-button = 👀 Преглед
broadcast-new-text-saved = Запазено. Език на текста: { $language }
broadcast-new-empty = Текстът е празен. Моля, напишете съобщението.
broadcast-new-too-long = Текстът има { $count } знака, а се побират най-много { $most }. Моля, съкратете го и го изпратете отново.
broadcast-new-use-buttons = Моля, използвайте бутоните по-долу.
broadcast-new-use-text = Моля, изпратете съобщението като текст или изпратете една снимка.
broadcast-new-photo-saved = Снимката е добавена. Данните за място и фотоапарат са премахнати от нея.
broadcast-new-photo-not-now = Снимка можете да добавите, докато пишете текста на съобщение (/broadcast).
broadcast-new-photo-bad = Не мога да използвам тази снимка. Моля, изпратете друга.
broadcast-new-preview =
    <b>Преглед.</b> По-горе е това, което ще видят хората, които четат на вашия език.
    Брой получатели: { $count }
broadcast-new-preview-line = Четат на { $language }: { $count }, текст: { $text }
broadcast-new-send = ✅ Изпращане ({ $count })
broadcast-new-edit = ✏️ Промяна на текста
broadcast-new-nobody = Никой няма да получи това съобщение: никой не отговаря на този избор. Променете го или изтрийте съобщението.
broadcast-new-no-sessions = Съобщенията до хората, записани за среща, още не са налични.
broadcast-queued = Съобщение #{ $id } е на път. Брой получатели: { $count }. По-долу можете да следите как върви.

# staff: progress and report
broadcast-progress = 📢 Съобщение #{ $id }: изпраща се. Изпратени: { $sent } · Недоставени: { $failed } · Чакат: { $waiting }
broadcast-cancel = ✋ Спиране на съобщението
broadcast-report =
    📢 <b>Съобщение #{ $id }: { $state ->
        [cancelled] спряно
       *[done] готово
    }.</b>
    Изпратени: { $sent } от { $total }
    Недоставени: { $failed } (блокирали бота: { $blocked })
    Спрени: { $cancelled }
    Прекъснати, може би изпратени: { $unknown }
broadcast-cancelled = Спряно. Неизпратени съобщения: { $count }
broadcast-cancelled-already = Това съобщение вече е спряно.
broadcast-list-title = <b>Последни съобщения</b>
broadcast-list-line =
    #{ $id } · { $audience } · { $state ->
        [cancelled] спряно
        [done] готово
       *[sending] изпраща се
    } · изпратени { $sent } от { $total }
broadcast-list-empty = Още няма изпратени съобщения.
broadcast-to-session = записаните за среща
broadcast-session-button = 📢 Съобщение до записаните
