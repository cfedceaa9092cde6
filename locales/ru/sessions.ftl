## Информационные встречи омбудсмена (Russian). Key terms: see locales/GLOSSARY.md.

## Строки одной встречи (список, карточка, уведомления)
sessions-title = 📅 <b>{ $title }</b>
sessions-when = 🕒 Когда: { DATETIME($date, dateStyle: "full") }, { $start }–{ $end } (по софийскому времени)
sessions-where = 📍 Место: { $venue }, { $address }
sessions-interpretation = 🗣 Перевод на: { $languages }
sessions-no-interpretation = 🗣 На болгарском, без перевода
sessions-seats = 💺 Свободных мест: { $left } из { $capacity }
sessions-full =
    💺 Свободных мест нет. { $waiting ->
        [0] Лист ожидания пока пуст.
        [one] В листе ожидания { $waiting } человек.
        [few] В листе ожидания { $waiting } человека.
       *[other] В листе ожидания { $waiting } человек.
    }
sessions-notes = 📝 Полезно знать: { $notes }
sessions-join = { $first }, { $rest }
sessions-lines =
    { $first }
    { $rest }

## Список
sessions-list-title = <b>Информационные встречи</b> омбудсмена в центрах интеграции мигрантов. Приглашаются все; участие бесплатное. Страница { $page } из { $pages }.
sessions-list-empty = Сейчас информационных встреч не запланировано. Пожалуйста, загляните позже.
sessions-open = { DATETIME($day, dateStyle: "medium") } · { $title }
sessions-earlier = ◀️ Раньше
sessions-later = Позже ▶️
sessions-all = 📅 Все встречи

## Карточка встречи
sessions-register = ✍️ Записаться
sessions-join-waiting = ⏳ В лист ожидания
sessions-unregister = ❌ Отменить запись
sessions-calendar = 📆 Добавить в календарь
sessions-map = 🗺 Показать на карте
sessions-open-card = 📅 Посмотреть встречу
sessions-you-registered = ✅ Вы записаны на эту встречу.
sessions-you-waiting = ⏳ Вы в листе ожидания под номером { $position }. Если освободится место, вы продвинетесь в очереди, и мы вам сообщим.
sessions-registered = ✅ Готово: вы записаны. Перед встречей мы пришлём вам напоминание.
sessions-registered-toast = Вы записаны.
sessions-waiting = ⏳ Все места заняты. Вы в листе ожидания под номером { $position }. Если освободится место, вы автоматически продвинетесь в очереди, и мы вам сообщим.
sessions-waiting-toast = Вы в листе ожидания.
sessions-already-registered = Вы уже записаны.
sessions-already-waiting = Вы уже в листе ожидания.
sessions-closed = Запись на эту встречу закрыта: встречу отменили, или она уже началась.
sessions-needs-consent = Чтобы записаться, пожалуйста, сначала дайте согласие с уведомлением о конфиденциальности.
sessions-unregister-confirm = Отменить вашу запись на «{ $title }»?
sessions-unregister-yes = Да, отменить
sessions-unregister-no = Нет, оставить
sessions-unregistered = Ваша запись отменена. Записаться снова можно, пока есть свободные места.
sessions-unregistered-toast = Запись отменена.
sessions-not-registered = Вы не записаны на эту встречу.
sessions-calendar-sent = Файл для календаря ниже. Откройте его, чтобы добавить встречу в свой календарь.
sessions-calendar-alarm = Напоминание: { $title }
sessions-no-map = Для этого места пока нет карты.

## Сообщения, которые бот отправляет позже
sessions-moved-up = 🎉 Хорошая новость: освободилось место. Теперь вы записаны на эту информационную встречу.
sessions-cancelled-notice = ❌ К сожалению, эта информационная встреча отменена. Она не состоится.
sessions-changed-notice = ✏️ Эта информационная встреча изменилась. Пожалуйста, посмотрите новые подробности.
sessions-reminder =
    ⏰ Напоминание: информационная встреча начнётся через { $hours ->
        [one] { $hours } час.
        [few] { $hours } часа.
       *[other] { $hours } часов.
    }
sessions-announce-new = 📣 Новая информационная встреча омбудсмена:
sessions-announce-cancelled = 📣 Эта информационная встреча отменена:

## Сотрудники: создание и изменение встречи в чате
sessions-new-title = Отправьте название информационной встречи. Оно показывается на всех языках; после этого можно добавить название на отдельных языках. (/cancel прекращает.)
sessions-new-titles = Название для всех языков: «{ $title }». Можно добавить название на каком-либо языке (✅ = написано). Нажмите «Далее», когда достаточно.
sessions-new-title-lang = Отправьте название на языке: { $language }.
sessions-new-start = Когда начало? Отправьте дату и время (по софийскому времени), например: { $example }
sessions-new-start-bad = К сожалению, не удалось понять эту дату и время. Пожалуйста, напишите так: { $example }
sessions-new-start-past = Это время уже прошло. Пожалуйста, отправьте время в будущем, например: { $example }
sessions-new-end = Сколько длится встреча? Выберите ниже или отправьте время окончания, например 20:00.
sessions-new-hours =
    { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
       *[other] { $hours } часов
    }{ $minutes ->
        [0] {""}
       *[other] {" "}{ $minutes } мин.
    }
sessions-new-end-bad = К сожалению, это не время окончания после начала. Отправьте его так: 20:00, или выберите кнопку.
sessions-new-venue = Где пройдёт встреча? Выберите сохранённое место или добавьте новое.
sessions-new-venue-first = Где пройдёт встреча? Сохранённых мест пока нет: пожалуйста, добавьте место.
sessions-new-venue-add = ➕ Новое место
sessions-new-venue-name = Отправьте название места, например название центра интеграции.
sessions-new-venue-address = Отправьте адрес места «{ $name }».
sessions-new-venue-coords = Отправьте расположение места для карты: поделитесь геопозицией в Telegram или отправьте координаты, например 42.6977, 23.3219. Или нажмите «Пропустить»: тогда люди увидят только адрес.
sessions-new-coords-bad = К сожалению, это не координаты. Отправьте их так: 42.6977, 23.3219, поделитесь геопозицией или нажмите «Пропустить».
sessions-new-languages = На какие языки будет перевод? Нажмите на язык, чтобы выбрать его или убрать (✅ = выбран), затем «Далее».
sessions-new-capacity = Сколько мест? Отправьте число от 1 до { $most }.
sessions-new-capacity-bad = Пожалуйста, отправьте целое число от 1 до { $most }.
sessions-new-capacity-low =
    Уже записано: { $count ->
        [one] { $count } человек.
        [few] { $count } человека.
       *[other] { $count } человек.
    } Мест не может быть меньше.
sessions-new-notes = Что людям нужно знать, например что взять с собой или как найти зал? Отправьте это или нажмите «Пропустить».
sessions-new-too-long = Слишком длинно: пожалуйста, не больше { $most } знаков.
sessions-new-use-buttons = Пожалуйста, используйте кнопки на этом шаге.
sessions-new-next = Далее ➡️
sessions-new-skip = Пропустить
sessions-new-tick =
    { $on ->
        [yes] ✅
       *[no] ⬜
    } { $label }
sessions-new-summary = <b>Пожалуйста, проверьте информационную встречу:</b>
sessions-new-publish = ✅ Опубликовать
sessions-new-keep = 💾 Сохранить как черновик
sessions-new-discard = 🗑 Удалить черновик
sessions-new-published = Опубликовано. Люди видят встречу в /sessions.
sessions-new-kept = Сохранено как черновик. Он есть в /sessionlist, оттуда его можно опубликовать.
sessions-new-discarded = Черновик удалён.
sessions-new-resume = У вас есть незаконченная информационная встреча. Продолжим с того места, где вы остановились. (/cancel удаляет её.)
sessions-new-gone = Этого черновика больше нет. /newsession начинает новый.
sessions-edit-menu = <b>Что вы хотите изменить?</b> Изменения сохраняются сразу. Если меняется время или место опубликованной встречи, все записанные и ожидающие получают сообщение.
sessions-edit-title = Название
sessions-edit-start = Начало
sessions-edit-end = Окончание
sessions-edit-venue = Место
sessions-edit-languages = Перевод
sessions-edit-capacity = Места
sessions-edit-notes = Заметки
sessions-edit-done = ✅ Готово
sessions-edit-finished = Изменение завершено. /sessionlist показывает все встречи.
sessions-field-missing = пока не указано
sessions-staff-titles = 🌐 Отдельные названия на: { $languages }
sessions-staff-when-missing = 🕒 Когда: пока не указано
sessions-staff-where-missing = 📍 Место: пока не указано
sessions-staff-coords = 🗺 Карта: { $coords }
sessions-staff-capacity = 💺 Мест: { $capacity }
sessions-staff-capacity-missing = 💺 Мест: { $missing }

## Сотрудники: список, карточка встречи, список записавшихся
sessions-staff-title = <b>Информационные встречи</b> (черновики, предстоящие и встречи последних 30 дней). Страница { $page } из { $pages }. Нажмите номер, чтобы открыть встречу.
sessions-staff-empty = Информационных встреч пока нет. Создайте встречу кнопкой ниже или командой /newsession.
sessions-staff-item = { $number }. { $line }
sessions-staff-line =
    { $state ->
        [draft] 📝 Черновик
        [upcoming] 🟢 Опубликована
        [past] ⚪ Прошла
       *[cancelled] ❌ Отменена
    } · { DATETIME($date, dateStyle: "medium") } { $time } · <b>{ $title }</b> · записаны: { $registered }/{ $capacity }, ожидают: { $waiting }
sessions-staff-line-undated = 📝 Черновик · <b>{ $title }</b> · пока без даты
sessions-staff-open = { $number }
sessions-staff-new = ➕ Новая встреча
sessions-staff-edit = ✏️ Изменить
sessions-staff-people = 👥 Записавшиеся
sessions-staff-cancel = ❌ Отменить встречу
sessions-staff-back = ⬅️ Все встречи
sessions-staff-back-one = ⬅️ Назад к встрече
sessions-staff-cancel-confirm =
    Отменить «{ $title }»? { $count ->
        [0] Пока никто не записан.
        [one] Сообщение получит { $count } записанный или ожидающий человек.
        [few] Сообщение получат { $count } записанных или ожидающих человека.
       *[other] Сообщение получат { $count } записанных или ожидающих человек.
    } Это нельзя отменить.
sessions-staff-cancel-yes = Да, отменить встречу
sessions-staff-cancel-no = Нет, оставить
sessions-staff-cancelled =
    Встреча отменена. { $count ->
        [0] Никто не был записан.
        [one] Отправляем сообщение { $count } человеку.
       *[other] Отправляем сообщения людям: { $count }.
    }
sessions-staff-publish-past = Время начала этого черновика уже прошло. Нажмите «Изменить», чтобы указать новое время.
sessions-staff-people-title = <b>Записавшиеся: { $title }</b> · записаны: { $registered }/{ $capacity }, ожидают: { $waiting }. Имена не хранятся: каждый показан под псевдонимом.
sessions-staff-waiting-title = <b>Лист ожидания</b>
sessions-staff-person = { $number }. { $pseudonym } · { $language } · { $group }
sessions-staff-people-none = Пока никто не записался.
