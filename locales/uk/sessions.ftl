## Інформаційні зустрічі омбудсмана (Ukrainian). Key terms: see locales/GLOSSARY.md.

## Рядки однієї зустрічі (список, картка, повідомлення)
sessions-title = 📅 <b>{ $title }</b>
sessions-when = 🕒 Коли: { DATETIME($date, dateStyle: "full") }, { $start }–{ $end } (за софійським часом)
sessions-where = 📍 Місце: { $venue }, { $address }
sessions-interpretation = 🗣 Переклад на: { $languages }
sessions-no-interpretation = 🗣 Болгарською, без перекладу
sessions-seats = 💺 Вільних місць: { $left } з { $capacity }
sessions-full =
    💺 Вільних місць немає. { $waiting ->
        [0] Список очікування поки порожній.
        [one] У списку очікування { $waiting } людина.
        [few] У списку очікування { $waiting } людини.
       *[other] У списку очікування { $waiting } людей.
    }
sessions-notes = 📝 Корисно знати: { $notes }
sessions-join = { $first }, { $rest }
sessions-lines =
    { $first }
    { $rest }

## Список
sessions-list-title = <b>Інформаційні зустрічі</b> омбудсмана в центрах інтеграції мігрантів. Запрошуємо всіх; участь безкоштовна. Сторінка { $page } з { $pages }.
sessions-list-empty = Зараз інформаційних зустрічей не заплановано. Будь ласка, зазирніть пізніше.
sessions-open = { DATETIME($day, dateStyle: "medium") } · { $title }
sessions-earlier = ◀️ Раніше
sessions-later = Пізніше ▶️
sessions-all = 📅 Усі зустрічі

## Картка зустрічі
sessions-register = ✍️ Зареєструватися
sessions-join-waiting = ⏳ До списку очікування
sessions-unregister = ❌ Скасувати реєстрацію
sessions-calendar = 📆 Додати до календаря
sessions-map = 🗺 Показати на мапі
sessions-open-card = 📅 Переглянути зустріч
sessions-you-registered = ✅ Ви зареєстровані на цю зустріч.
sessions-you-waiting = ⏳ Ви у списку очікування під номером { $position }. Якщо звільниться місце, ви просунетеся в черзі, і ми вам повідомимо.
sessions-registered = ✅ Готово: ви зареєстровані. Перед зустріччю ми надішлемо вам нагадування.
sessions-registered-toast = Ви зареєстровані.
sessions-waiting = ⏳ Усі місця зайняті. Ви у списку очікування під номером { $position }. Якщо звільниться місце, ви автоматично просунетеся в черзі, і ми вам повідомимо.
sessions-waiting-toast = Ви у списку очікування.
sessions-already-registered = Ви вже зареєстровані.
sessions-already-waiting = Ви вже у списку очікування.
sessions-closed = Реєстрацію на цю зустріч закрито: зустріч скасовано, або вона вже почалася.
sessions-needs-consent = Щоб зареєструватися, будь ласка, спершу дайте згоду з повідомленням про конфіденційність.
sessions-unregister-confirm = Скасувати вашу реєстрацію на «{ $title }»?
sessions-unregister-yes = Так, скасувати
sessions-unregister-no = Ні, залишити
sessions-unregistered = Вашу реєстрацію скасовано. Зареєструватися знову можна, поки є вільні місця.
sessions-unregistered-toast = Реєстрацію скасовано.
sessions-not-registered = Ви не зареєстровані на цю зустріч.
sessions-calendar-sent = Файл для календаря нижче. Відкрийте його, щоб додати зустріч до свого календаря.
sessions-calendar-alarm = Нагадування: { $title }
sessions-no-map = Для цього місця поки немає мапи.

## Повідомлення, які бот надсилає пізніше
sessions-moved-up = 🎉 Добра новина: звільнилося місце. Тепер ви зареєстровані на цю інформаційну зустріч.
sessions-cancelled-notice = ❌ На жаль, цю інформаційну зустріч скасовано. Вона не відбудеться.
sessions-changed-notice = ✏️ Ця інформаційна зустріч змінилася. Будь ласка, перегляньте нові подробиці.
sessions-reminder =
    ⏰ Нагадування: інформаційна зустріч почнеться через { $hours ->
        [one] { $hours } годину.
        [few] { $hours } години.
       *[other] { $hours } годин.
    }
sessions-announce-new = 📣 Нова інформаційна зустріч омбудсмана:
sessions-announce-cancelled = 📣 Цю інформаційну зустріч скасовано:

## Працівники: створення і зміна зустрічі в чаті
sessions-new-title = Надішліть назву інформаційної зустрічі. Вона показується всіма мовами; після цього можна додати назву окремими мовами. (/cancel зупиняє.)
sessions-new-titles = Назва для всіх мов: «{ $title }». Можна додати назву якоюсь мовою (✅ = написано). Натисніть «Далі», коли досить.
sessions-new-title-lang = Надішліть назву мовою: { $language }.
sessions-new-start = Коли початок? Надішліть дату й час (за софійським часом), наприклад: { $example }
sessions-new-start-bad = На жаль, не вдалося прочитати цю дату й час. Будь ласка, напишіть так: { $example }
sessions-new-start-past = Цей час уже минув. Будь ласка, надішліть час у майбутньому, наприклад: { $example }
sessions-new-end = Скільки триває зустріч? Виберіть нижче або надішліть час закінчення, наприклад 20:00.
sessions-new-hours =
    { $hours ->
        [one] { $hours } година
        [few] { $hours } години
       *[other] { $hours } годин
    }{ $minutes ->
        [0] {""}
       *[other] {" "}{ $minutes } хв
    }
sessions-new-end-bad = На жаль, це не час закінчення після початку. Надішліть його так: 20:00, або виберіть кнопку.
sessions-new-venue = Де буде зустріч? Виберіть збережене місце або додайте нове.
sessions-new-venue-first = Де буде зустріч? Збережених місць поки немає: будь ласка, додайте місце.
sessions-new-venue-add = ➕ Нове місце
sessions-new-venue-name = Надішліть назву місця, наприклад назву центру інтеграції.
sessions-new-venue-address = Надішліть адресу місця «{ $name }».
sessions-new-venue-coords = Надішліть розташування місця для мапи: поділіться геопозицією в Telegram або надішліть координати, наприклад 42.6977, 23.3219. Або натисніть «Пропустити»: тоді люди побачать лише адресу.
sessions-new-coords-bad = На жаль, це не координати. Надішліть їх так: 42.6977, 23.3219, поділіться геопозицією або натисніть «Пропустити».
sessions-new-languages = Якими мовами буде переклад? Натисніть на мову, щоб вибрати її або прибрати (✅ = вибрано), потім «Далі».
sessions-new-capacity = Скільки місць? Надішліть число від 1 до { $most }.
sessions-new-capacity-bad = Будь ласка, надішліть ціле число від 1 до { $most }.
sessions-new-capacity-low =
    Уже зареєстровано: { $count ->
        [one] { $count } людина.
        [few] { $count } людини.
       *[other] { $count } людей.
    } Місць не може бути менше.
sessions-new-notes = Що людям треба знати, наприклад що взяти з собою чи як знайти залу? Надішліть це або натисніть «Пропустити».
sessions-new-too-long = Задовго: будь ласка, не більше { $most } знаків.
sessions-new-use-buttons = Будь ласка, використовуйте кнопки на цьому кроці.
sessions-new-next = Далі ➡️
sessions-new-skip = Пропустити
sessions-new-tick =
    { $on ->
        [yes] ✅
       *[no] ⬜
    } { $label }
sessions-new-summary = <b>Будь ласка, перевірте інформаційну зустріч:</b>
sessions-new-publish = ✅ Опублікувати
sessions-new-keep = 💾 Зберегти як чернетку
sessions-new-discard = 🗑 Видалити чернетку
sessions-new-published = Опубліковано. Люди бачать зустріч у /sessions.
sessions-new-kept = Збережено як чернетку. Вона є в /sessionlist, звідти її можна опублікувати.
sessions-new-discarded = Чернетку видалено.
sessions-new-resume = У вас є незавершена інформаційна зустріч. Продовжимо з того місця, де ви зупинилися. (/cancel видаляє її.)
sessions-new-gone = Цієї чернетки більше немає. /newsession починає нову.
sessions-edit-menu = <b>Що ви хочете змінити?</b> Зміни зберігаються одразу. Якщо змінюється час або місце опублікованої зустрічі, усі зареєстровані й ті, хто очікує, отримують повідомлення.
sessions-edit-title = Назва
sessions-edit-start = Початок
sessions-edit-end = Закінчення
sessions-edit-venue = Місце
sessions-edit-languages = Переклад
sessions-edit-capacity = Місця
sessions-edit-notes = Примітки
sessions-edit-done = ✅ Готово
sessions-edit-finished = Зміну завершено. /sessionlist показує всі зустрічі.
sessions-field-missing = ще не вказано
sessions-staff-titles = 🌐 Окремі назви мовами: { $languages }
sessions-staff-when-missing = 🕒 Коли: ще не вказано
sessions-staff-where-missing = 📍 Місце: ще не вказано
sessions-staff-coords = 🗺 Мапа: { $coords }
sessions-staff-capacity = 💺 Місць: { $capacity }
sessions-staff-capacity-missing = 💺 Місць: { $missing }

## Працівники: список, картка зустрічі, список зареєстрованих
sessions-staff-title = <b>Інформаційні зустрічі</b> (чернетки, майбутні й зустрічі останніх 30 днів). Сторінка { $page } з { $pages }. Натисніть номер, щоб відкрити зустріч.
sessions-staff-empty = Інформаційних зустрічей поки немає. Створіть зустріч кнопкою нижче або командою /newsession.
sessions-staff-item = { $number }. { $line }
sessions-staff-line =
    { $state ->
        [draft] 📝 Чернетка
        [upcoming] 🟢 Опублікована
        [past] ⚪ Минула
       *[cancelled] ❌ Скасована
    } · { DATETIME($date, dateStyle: "medium") } { $time } · <b>{ $title }</b> · зареєстровано: { $registered }/{ $capacity }, очікують: { $waiting }
sessions-staff-line-undated = 📝 Чернетка · <b>{ $title }</b> · ще без дати
sessions-staff-open = { $number }
sessions-staff-new = ➕ Нова зустріч
sessions-staff-edit = ✏️ Змінити
sessions-staff-people = 👥 Зареєстровані
sessions-staff-cancel = ❌ Скасувати зустріч
sessions-staff-back = ⬅️ Усі зустрічі
sessions-staff-back-one = ⬅️ Назад до зустрічі
sessions-staff-cancel-confirm =
    Скасувати «{ $title }»? { $count ->
        [0] Поки ніхто не зареєстрований.
        [one] Повідомлення отримає { $count } людина, яка зареєстрована або очікує.
        [few] Повідомлення отримають { $count } людини, які зареєстровані або очікують.
       *[other] Повідомлення отримають { $count } людей, які зареєстровані або очікують.
    } Цього не можна скасувати.
sessions-staff-cancel-yes = Так, скасувати зустріч
sessions-staff-cancel-no = Ні, залишити
sessions-staff-cancelled =
    Зустріч скасовано. { $count ->
        [0] Ніхто не був зареєстрований.
        [one] Надсилаємо повідомлення { $count } людині.
       *[other] Надсилаємо повідомлення людям: { $count }.
    }
sessions-staff-publish-past = Час початку цієї чернетки вже минув. Натисніть «Змінити», щоб указати новий час.
sessions-staff-people-title = <b>Зареєстровані: { $title }</b> · зареєстровано: { $registered }/{ $capacity }, очікують: { $waiting }. Імена не зберігаються: кожного показано під псевдонімом.
sessions-staff-waiting-title = <b>Список очікування</b>
sessions-staff-person = { $number }. { $pseudonym } · { $language } · { $group }
sessions-staff-people-none = Поки ніхто не зареєструвався.
