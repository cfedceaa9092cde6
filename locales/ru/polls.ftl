## Опросы (Russian). Key terms: see locales/GLOSSARY.md.

## Опрос, который поставляется с ботом: вопрос из кампании.
poll-economic-migrants-question = Какое мнение об экономических мигрантах вы разделяете?
poll-economic-migrants-option-1 = В целом они помогают государству своим упорным трудом и талантами
poll-economic-migrants-option-2 = В целом они обременяют государство, потому что занимают рабочие места и жильё и пользуются здравоохранением

## Голосование
polls-list-title = <b>Опросы</b>, открытые сейчас. Выберите опрос, чтобы проголосовать:
polls-list-line = { $number }. { $question }
polls-list-button = { $number }. { SHORT($question) }
polls-list-empty = Сейчас открытых опросов нет. Пожалуйста, зайдите позже.
polls-closed-list = 🏁 Результаты закрытых опросов
polls-closed-title = <b>Закрытые опросы</b>. Выберите опрос, чтобы увидеть его окончательные результаты:
polls-closed-empty = Закрытых опросов пока нет.
polls-open-list = 📊 Открытые опросы
polls-not-found = Этот опрос не найден или не открыт.
polls-other = 📊 Другие опросы
polls-question = 📊 <b>{ $question }</b>
polls-hint-single = Выберите один ответ.
polls-hint-multiple = Выберите один или несколько ответов и нажмите «Отправить».
polls-hint-change = Пока опрос открыт, свой голос можно изменить.
polls-hint-final = Изменить голос потом будет нельзя.
polls-hint-closes = Опрос открыт до: { DATETIME($date, dateStyle: "long") }, { $time } (по софийскому времени).
polls-join-lines =
    { $first }
    { $rest }
polls-join-cells = { $first } · { $rest }
polls-join-comma = { $first }, { $rest }
polls-option-line =
    { $number }. { $label }{ $mine ->
        [yes] {" "}· ✔️ ваш голос
       *[no] {""}
    }
polls-option-button =
    { $mine ->
        [yes] ✓{" "}
       *[no] {""}
    }{ $number }. { SHORT($label) }
polls-option-ticked = ☑️ { $number }. { SHORT($label) }
polls-option-unticked = ⬜ { $number }. { SHORT($label) }
polls-send = ✅ Отправить
polls-choose-one = Пожалуйста, выберите хотя бы один ответ.
polls-saved = Спасибо! Ваш голос сохранён.
polls-changed = Ваш голос изменён.
polls-same = Это уже ваш голос.
polls-locked = Вы уже проголосовали в этом опросе. В нём голос изменить нельзя.
polls-locked-toast = В этом опросе голос изменить нельзя.
polls-closed = Этот опрос закрыт. Спасибо за интерес! Вот окончательные результаты.
polls-closed-toast = Этот опрос закрыт.
polls-audience = Этот опрос только для некоторых групп людей. Спасибо за интерес! Вы можете проголосовать в других опросах.
polls-change = ✏️ Изменить голос
polls-change-lead =
    { $multiple ->
        [yes] Отметьте новые ответы и нажмите «Отправить». Ваши нынешние ответы уже отмечены.
       *[no] Выберите новый ответ. Ваш нынешний голос отмечен знаком ✓.
    }

## Результаты. Проценты — целые числа, в сумме 100 (метод наибольшего остатка).
polls-results-title =
    { $closed ->
        [yes] 📊 <b>Окончательные результаты</b>
       *[no] 📊 <b>Результаты на данный момент</b>
    }
    { $question }
polls-result-line =
    { $number }. { $label }
    { $bar } { NUMBER($share, style: "percent") } · { $count ->
        [one] { NUMBER($count) } голос
        [few] { NUMBER($count) } голоса
        [many] { NUMBER($count) } голосов
       *[other] { NUMBER($count) } голоса
    }{ $mine ->
        [yes] {" "}· ✔️ ваш голос
       *[no] {""}
    }
polls-results-total =
    Учтено голосов: { NUMBER($count) }. { $multiple ->
        [yes] Можно было выбрать несколько ответов; проценты — это доли от всех выбранных ответов.{" "}
       *[no] {""}
    }Проценты округлены так, чтобы в сумме было 100.
polls-results-step =
    { $closed ->
        [yes]
            Чтобы защитить конфиденциальность проголосовавших, результаты обновлялись только { $step ->
                [one] после каждого { $step } голоса
               *[other] после каждых { $step } голосов
            }, поэтому несколько последних голосов здесь могут быть не учтены.
       *[no]
            Результаты обновляются { $step ->
                [one] после каждого { $step } голоса
               *[other] после каждых { $step } голосов
            }, чтобы никто не мог узнать, как проголосовал отдельный человек. Самые новые голоса, возможно и ваш, могут быть ещё не учтены.
    }
polls-results-waiting =
    { $closed ->
        [yes] В этом опросе голосов меньше, чем { $step }, поэтому результаты не показываются: так мы защищаем конфиденциальность проголосовавших.
       *[no] Результаты появятся, когда число голосов достигнет { $step }: так никто не сможет узнать, как проголосовал отдельный человек.
    }
polls-split-title = <b>По группам</b>
polls-split-group =
    <b>{ $group }</b> · { $count ->
        [one] { NUMBER($count) } голос
        [few] { NUMBER($count) } голоса
        [many] { NUMBER($count) } голосов
       *[other] { NUMBER($count) } голоса
    }
    { $cells }
polls-split-cell = ответ { $number }: { NUMBER($share, style: "percent") } ({ NUMBER($count) })
polls-split-bulgarian-citizen = Граждане Болгарии
polls-split-foreign-national = Иностранцы (не из ЕС)
polls-split-eu-citizen = Граждане ЕС
polls-split-other = Гости города и те, кто не указал группу
polls-split-waiting = Результаты по группам появятся, когда проголосует достаточно людей: не меньше { $threshold } в группе.
polls-split-hidden = Чтобы защитить конфиденциальность, группы, где меньше { $threshold } голосов, отдельно не показываются.
polls-split-at-close = Результаты по группам появятся, когда опрос закроется: так по небольшим изменениям в одной группе нельзя будет узнать, как кто-то проголосовал.

## Сотрудники: создание опроса в чате
polls-new-resume = У вас есть незаконченный опрос. Продолжим с того места, где вы остановились. (/cancel удаляет его.)
polls-new-slug =
    <b>Новый опрос.</b> Сначала короткое имя для ссылки, например <code>metro-safety</code>: строчные латинские буквы, цифры и дефисы, до 40 знаков.
    Ссылка будет t.me/…?start=poll_<i>имя</i>. /cancel — остановить.
polls-new-slug-bad = Это имя не подходит: используйте только строчные латинские буквы, цифры и дефисы (от 2 до 40 знаков).
polls-new-slug-taken = Имя { $slug } уже занято другим опросом. Пожалуйста, выберите другое.
polls-new-question = Отправьте вопрос на языке: { $language }.
polls-new-too-long = Текст слишком длинный. Пожалуйста, не больше { $most } знаков.
polls-new-empty = После удаления невидимых символов в этом сообщении не остаётся текста. Пожалуйста, напишите его ещё раз.
polls-new-options = Отправьте ответы на языке: { $language }. Каждый ответ с новой строки (от 2 до { $most }).
polls-new-translate-options =
    Отправьте ответы (всего { $count }) на языке: { $language }. Каждый с новой строки, в таком порядке:
    { $reference }
polls-new-options-bad = Пожалуйста, отправьте от 2 до { $most } ответов, каждый с новой строки.
polls-new-options-count = Пожалуйста, отправьте ровно столько ответов: { $count }. Каждый с новой строки, в том же порядке, что и на первом языке.
polls-new-languages =
    Сохранено. Уже введены языки: { $done }.
    Люди с другим языком видят опрос на резервном языке. Добавьте язык или продолжите.
polls-new-languages-done = Далее ➡️
polls-new-kind = Можно выбрать один ответ или несколько?
polls-new-single = Один ответ
polls-new-multiple = Несколько ответов
polls-new-change = Можно ли менять голос, пока опрос открыт?
polls-new-yes = Да
polls-new-no = Нет
polls-new-audience = Кто может голосовать? Все или только отмеченные группы.
polls-new-everyone = Все
polls-new-tick =
    { $on ->
        [yes] ✅ { $label }
       *[no] ⬜ { $label }
    }
polls-new-next = Далее ➡️
polls-new-closes = Когда закрыть опрос? Отправьте дату и время по софийскому времени, например { $example }, или нажмите кнопку.
polls-new-no-end = Без срока закрытия
polls-new-closes-bad = Пожалуйста, отправьте будущую дату и время, например 2026-12-31 18:00.
polls-new-summary =
    <b>Опрос { $slug }</b>
    { $question }
    Ответов: { $count }. Несколько ответов: { $multiple ->
        [yes] да
       *[no] нет
    }. Можно менять голос: { $change ->
        [yes] да
       *[no] нет
    }.
    Кто голосует: { $audience }. Закрытие: { $closes }. Языки: { $languages }.
polls-new-open = ▶️ Открыть сейчас
polls-new-keep = 💾 Сохранить как черновик
polls-new-discard = 🗑 Удалить
polls-new-opened =
    Опрос { $slug } открыт. Ссылка на него:
    { $link }
polls-new-kept = Опрос { $slug } сохранён как черновик. Открыть его: /openpoll { $slug }
polls-new-discarded = Черновик { $slug } удалён.
polls-new-cancelled = Остановлено. Незаконченный опрос удалён: ничего из него не сохранено.
polls-new-gone = Этого черновика больше нет. /newpoll начинает новый опрос.
polls-new-use-buttons = Пожалуйста, используйте кнопки на этом шаге.

## Сотрудники: управление опросами
polls-staff-list-title = <b>Все опросы</b> (имя · состояние · голоса):
polls-staff-line =
    { $slug } · { $state ->
        [open] открыт
        [closed] закрыт
        [scheduled] запланирован
       *[draft] черновик
    } · { NUMBER($count) }
polls-staff-list-empty = Опросов пока нет. /newpoll создаёт новый.
polls-staff-usage = Пожалуйста, добавьте имя опроса: /{ $command } имя
polls-staff-unknown = Опроса с именем { $slug } нет. /polllist показывает все опросы.
polls-staff-unfinished = Опрос { $slug } ещё создаётся. Сначала закончите его или используйте /cancel.
polls-staff-already =
    Опрос { $slug } уже { $state ->
        [open] открыт
        [closed] закрыт
        [scheduled] запланирован
       *[draft] в черновике
    }.
polls-staff-opened =
    Опрос { $slug } открыт. Ссылка на него:
    { $link }
polls-staff-closed = Опрос { $slug } закрыт. Кто откроет его сейчас, увидит окончательные результаты.
polls-chart-caption =
    📊 <b>{ $question }</b>
    { $slug } · { $state ->
        [open] открыт
        [closed] закрыт
        [scheduled] запланирован
       *[draft] черновик
    } · { $count ->
        [one] { NUMBER($count) } голос
        [few] { NUMBER($count) } голоса
        [many] { NUMBER($count) } голосов
       *[other] { NUMBER($count) } голоса
    }
    Группы, где меньше { $threshold } голосов, на графике не показаны.
polls-chart-votes = Голоса
polls-chart-note = Всего голосов: { NUMBER($count) }. Чтобы защитить конфиденциальность, группы, где меньше { $threshold } голосов, не показаны.
