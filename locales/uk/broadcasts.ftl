## Оголошення: теми, на які підписуються люди, і що їм надсилають працівники.
## Терміни: див. locales/GLOSSARY.md (оголошення, тема, підписатися, результати аудиту).

topics-button = 📢 Оголошення
topics-title = <b>📢 Оголошення</b>
topics-explain = Оберіть теми, про які хочете дізнаватися. Коли з теми буде новина, бот надішле вам повідомлення. Вибір можна змінити будь-коли.
topic-name =
    { $topic ->
        [sessions] 📅 Інформаційні зустрічі
        [results] 📈 Результати аудиту та програма інтеграції міста
       *[polls] 📊 Нові опитування
    }
topics-toggle =
    { $on ->
        [yes] ✅ { $topic }
       *[no] ⬜ { $topic }
    }
topics-subscribed = Ви підписалися: { $topic }
topics-unsubscribed = Ви відписалися: { $topic }

# what a person receives
broadcast-header = 📢 <b>{ $topic }</b>
broadcast-header-session = 📢 <b>Ваша інформаційна зустріч</b>
broadcast-open-poll = 📊 Відкрити опитування
broadcast-stop = 🔕 Відписатися від цієї теми

# staff: writing an announcement (/broadcast)
broadcast-new-topic = <b>Нове оголошення.</b> Про що воно? Його отримають лише ті, хто підписався на цю тему.
broadcast-new-resume = У вас є незавершене оголошення. Ось де ви зупинилися.
broadcast-new-gone = Цього оголошення вже немає. Почніть знову: /broadcast.
broadcast-new-discard = 🗑 Видалити
broadcast-new-discarded = Оголошення видалено. Нічого не надіслано.
broadcast-new-tick =
    { $on ->
        [yes] ✓ { $label }
       *[no] { $label }
    }
broadcast-new-all = Усі
broadcast-new-narrow =
    <b>Кому надіслати?</b> Тема: { $topic }
    Можна надіслати лише тим, хто читає однією мовою, або лише одній групі.
    Отримувачів зараз: { $count }
broadcast-new-next = Далі ➡️
broadcast-new-text =
    <b>Напишіть оголошення</b> і надішліть його одним повідомленням (не більше ніж { $most } знаків). Можна також надіслати одне фото.
    Мова цього тексту: { $language }
    Кожен отримає текст своєю мовою, якщо ви його написали. Решта отримає текст цією мовою: { $fallback } (якщо його немає — інший ваш текст). Щоб писати іншою мовою, оберіть її нижче.
    Написані тексти: { $written }
    Фото: { $photo ->
        [yes] додано
       *[no] немає
    }
broadcast-new-no-photo = Прибрати фото
broadcast-new-preview-button = 👀 Попередній перегляд
broadcast-new-text-saved = Збережено. Мова тексту: { $language }
broadcast-new-empty = Текст порожній. Будь ласка, напишіть оголошення.
broadcast-new-too-long = У тексті { $count } знаків, а вміщується не більше ніж { $most }. Будь ласка, скоротіть його і надішліть знову.
broadcast-new-use-buttons = Будь ласка, скористайтеся кнопками нижче.
broadcast-new-use-text = Будь ласка, надішліть оголошення текстом або надішліть одне фото.
broadcast-new-photo-saved = Фото додано. Дані про місце і камеру з нього видалено.
broadcast-new-photo-not-now = Фото можна додати, поки ви пишете текст оголошення (/broadcast).
broadcast-new-photo-bad = Це зображення не підходить. Будь ласка, надішліть інше фото.
broadcast-new-preview =
    <b>Попередній перегляд.</b> Вище — те, що побачать ті, хто читає вашою мовою.
    Отримувачів: { $count }
broadcast-new-preview-line = Читають мовою { $language }: { $count }, текст: { $text }
broadcast-new-send = ✅ Надіслати ({ $count })
broadcast-new-edit = ✏️ Змінити текст
broadcast-new-nobody = Це оголошення ніхто не отримає: під цей вибір ніхто не підходить. Змініть вибір або видаліть оголошення.
broadcast-new-no-sessions = Оголошення для тих, хто зареєструвався на зустріч, поки недоступні.
broadcast-queued = Оголошення #{ $id } надсилається. Отримувачів: { $count }. Нижче можна стежити за надсиланням.

# staff: progress and report
broadcast-progress = 📢 Оголошення #{ $id }: надсилання. Надіслано: { $sent } · Не доставлено: { $failed } · Чекають: { $waiting }
broadcast-cancel = ✋ Зупинити оголошення
broadcast-report =
    📢 <b>Оголошення #{ $id }: { $state ->
        [cancelled] зупинено
       *[done] готово
    }.</b>
    Надіслано: { $sent } з { $total }
    Не доставлено: { $failed } (заблокували бота: { $blocked })
    Зупинено: { $cancelled }
    Перервано, можливо надіслано: { $unknown }
broadcast-cancelled = Зупинено. Не буде надіслано повідомлень: { $count }
broadcast-cancelled-already = Це оголошення вже зупинено.
broadcast-list-title = <b>Останні оголошення</b>
broadcast-list-line =
    #{ $id } · { $audience } · { $state ->
        [cancelled] зупинено
        [done] готово
       *[sending] надсилається
    } · надіслано { $sent } з { $total }
broadcast-list-empty = Оголошень ще не було.
broadcast-to-session = зареєстровані на зустріч
broadcast-session-button = 📢 Написати зареєстрованим
