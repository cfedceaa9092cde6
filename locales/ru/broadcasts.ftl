## Объявления: темы, на которые подписываются люди, и что им отправляют сотрудники.
## Термины: см. locales/GLOSSARY.md (объявление, тема, подписаться, результаты аудита).

topics-button = 📢 Объявления
topics-title = <b>📢 Объявления</b>
topics-explain = Выберите темы, о которых хотите узнавать. Когда по теме будет новость, бот пришлёт вам сообщение. Выбор можно изменить в любое время.
topic-name =
    { $topic ->
        [sessions] 📅 Информационные встречи
        [results] 📈 Результаты аудита и программа интеграции города
       *[polls] 📊 Новые опросы
    }
topics-toggle =
    { $on ->
        [yes] ✅ { $topic }
       *[no] ⬜ { $topic }
    }
topics-subscribed = Вы подписались: { $topic }
topics-unsubscribed = Вы отписались: { $topic }

# what a person receives
broadcast-header = 📢 <b>{ $topic }</b>
broadcast-header-session = 📢 <b>Ваша информационная встреча</b>
broadcast-open-poll = 📊 Открыть опрос
broadcast-stop = 🔕 Отписаться от этой темы

# staff: writing an announcement (/broadcast)
broadcast-new-topic = <b>Новое объявление.</b> О чём оно? Его получат только те, кто подписан на эту тему.
broadcast-new-resume = У вас есть незаконченное объявление. Вот где вы остановились.
broadcast-new-gone = Этого объявления больше нет. Начните заново: /broadcast.
broadcast-new-discard = 🗑 Удалить
broadcast-new-discarded = Объявление удалено. Ничего не отправлено.
broadcast-new-tick =
    { $on ->
        [yes] ✓ { $label }
       *[no] { $label }
    }
broadcast-new-all = Все
broadcast-new-narrow =
    <b>Кому отправить?</b> Тема: { $topic }
    Можно отправить только тем, кто читает на одном языке, или только одной группе.
    Получателей сейчас: { $count }
broadcast-new-next = Дальше ➡️
broadcast-new-text =
    <b>Напишите объявление</b> и отправьте его одним сообщением (не больше { $most } знаков). Можно также отправить одно фото.
    Язык этого текста: { $language }
    Каждый получит текст на своём языке, если вы его написали. Остальные получат текст на этом языке: { $fallback } (если его нет — другой ваш текст). Чтобы писать на другом языке, выберите его ниже.
    Написанные тексты: { $written }
    Фото: { $photo ->
        [yes] добавлено
       *[no] нет
    }
broadcast-new-no-photo = Убрать фото
broadcast-new-preview-button = 👀 Предпросмотр
broadcast-new-text-saved = Сохранено. Язык текста: { $language }
broadcast-new-empty = Текст пустой. Пожалуйста, напишите объявление.
broadcast-new-too-long = В тексте { $count } знаков, а помещается не больше { $most }. Пожалуйста, сократите его и отправьте снова.
broadcast-new-use-buttons = Пожалуйста, используйте кнопки ниже.
broadcast-new-use-text = Пожалуйста, отправьте объявление текстом или отправьте одно фото.
broadcast-new-photo-saved = Фото добавлено. Данные о месте и камере из него удалены.
broadcast-new-photo-not-now = Фото можно добавить, пока вы пишете текст объявления (/broadcast).
broadcast-new-photo-bad = Это изображение не подходит. Пожалуйста, отправьте другое фото.
broadcast-new-preview =
    <b>Предпросмотр.</b> Выше — то, что увидят читающие на вашем языке.
    Получателей: { $count }
broadcast-new-preview-line = Читают на языке { $language }: { $count }, текст: { $text }
broadcast-new-send = ✅ Отправить ({ $count })
broadcast-new-edit = ✏️ Изменить текст
broadcast-new-nobody = Это объявление никто не получит: под этот выбор никто не подходит. Измените выбор или удалите объявление.
broadcast-new-no-sessions = Объявления для записавшихся на встречу пока недоступны.
broadcast-queued = Объявление #{ $id } отправляется. Получателей: { $count }. Ниже можно следить за отправкой.

# staff: progress and report
broadcast-progress = 📢 Объявление #{ $id }: отправка. Отправлено: { $sent } · Не доставлено: { $failed } · Ждут: { $waiting }
broadcast-cancel = ✋ Остановить объявление
broadcast-report =
    📢 <b>Объявление #{ $id }: { $state ->
        [cancelled] остановлено
       *[done] готово
    }.</b>
    Отправлено: { $sent } из { $total }
    Не доставлено: { $failed } (заблокировали бота: { $blocked })
    Остановлено: { $cancelled }
    Прервано, возможно отправлено: { $unknown }
broadcast-cancelled = Остановлено. Не будет отправлено сообщений: { $count }
broadcast-cancelled-already = Это объявление уже остановлено.
broadcast-list-title = <b>Последние объявления</b>
broadcast-list-line =
    #{ $id } · { $audience } · { $state ->
        [cancelled] остановлено
        [done] готово
       *[sending] отправляется
    } · отправлено { $sent } из { $total }
broadcast-list-empty = Объявлений ещё не было.
broadcast-to-session = записавшиеся на встречу
broadcast-session-button = 📢 Написать записавшимся
