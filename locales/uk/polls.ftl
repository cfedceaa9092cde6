## Опитування (Ukrainian). Key terms: see locales/GLOSSARY.md.

## Опитування, яке постачається з ботом: питання з кампанії.
poll-economic-migrants-question = Яку думку про економічних мігрантів ви поділяєте?
poll-economic-migrants-option-1 = Загалом вони допомагають державі своєю наполегливою працею і талантами
poll-economic-migrants-option-2 = Загалом вони обтяжують державу, бо займають робочі місця й житло та користуються медичною допомогою

## Голосування
polls-list-title = <b>Опитування</b>, відкриті зараз. Оберіть одне, щоб проголосувати:
polls-list-line = { $number }. { $question }
polls-list-button = { $number }. { SHORT($question) }
polls-list-empty = Зараз немає відкритих опитувань. Будь ласка, завітайте пізніше.
polls-closed-list = 🏁 Результати закритих опитувань
polls-closed-title = <b>Закриті опитування</b>. Оберіть одне, щоб побачити його остаточні результати:
polls-closed-empty = Закритих опитувань поки немає.
polls-open-list = 📊 Відкриті опитування
polls-not-found = Це опитування не знайдено або воно не відкрите.
polls-other = 📊 Інші опитування
polls-question = 📊 <b>{ $question }</b>
polls-hint-single = Оберіть одну відповідь.
polls-hint-multiple = Оберіть одну або кілька відповідей і натисніть «Надіслати».
polls-hint-change = Поки опитування відкрите, свій голос можна змінити.
polls-hint-final = Пізніше змінити голос буде не можна.
polls-hint-closes = Опитування відкрите до: { DATETIME($date, dateStyle: "long") }, { $time } (за софійським часом).
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
polls-send = ✅ Надіслати
polls-choose-one = Будь ласка, оберіть хоча б одну відповідь.
polls-saved = Дякуємо! Ваш голос збережено.
polls-changed = Ваш голос змінено.
polls-same = Це вже ваш голос.
polls-locked = Ви вже проголосували в цьому опитуванні. У ньому голос змінити не можна.
polls-locked-toast = У цьому опитуванні голос змінити не можна.
polls-closed = Це опитування закрите. Дякуємо за зацікавленість! Ось остаточні результати.
polls-closed-toast = Це опитування закрите.
polls-audience = Це опитування лише для деяких груп людей. Дякуємо за зацікавленість! Ви можете проголосувати в інших опитуваннях.
polls-change = ✏️ Змінити голос
polls-change-lead =
    { $multiple ->
        [yes] Позначте нові відповіді й натисніть «Надіслати». Ваші теперішні відповіді вже позначено.
       *[no] Оберіть нову відповідь. Ваш теперішній голос позначено знаком ✓.
    }

## Результати. Відсотки — цілі числа, у сумі 100 (метод найбільшої остачі).
polls-results-title =
    { $closed ->
        [yes] 📊 <b>Остаточні результати</b>
       *[no] 📊 <b>Поточні результати</b>
    }
    { $question }
polls-result-line =
    { $number }. { $label }
    { $bar } { NUMBER($share, style: "percent") } · { $count ->
        [one] { NUMBER($count) } голос
        [few] { NUMBER($count) } голоси
        [many] { NUMBER($count) } голосів
       *[other] { NUMBER($count) } голосу
    }{ $mine ->
        [yes] {" "}· ✔️ ваш голос
       *[no] {""}
    }
polls-results-total =
    Враховано голосів: { NUMBER($count) }. { $multiple ->
        [yes] Можна було обрати кілька відповідей; відсотки — це частки від усіх обраних відповідей.{" "}
       *[no] {""}
    }Відсотки округлено так, щоб у сумі було 100.
polls-results-step =
    { $closed ->
        [yes]
            Щоб захистити конфіденційність тих, хто голосував, результати оновлювалися лише { $step ->
                [one] після кожного { $step } голосу
               *[other] після кожних { $step } голосів
            }, тому кілька останніх голосів тут можуть бути не враховані.
       *[no]
            Результати оновлюються { $step ->
                [one] після кожного { $step } голосу
               *[other] після кожних { $step } голосів
            }, щоб ніхто не міг дізнатися, як проголосувала окрема людина. Найновіші голоси, можливо і ваш, ще можуть бути не враховані.
    }
polls-results-waiting =
    { $closed ->
        [yes] У цьому опитуванні голосів менше, ніж { $step }, тому результати не показано: так ми захищаємо конфіденційність тих, хто голосував.
       *[no] Результати з'являться, коли кількість голосів досягне { $step }: так ніхто не зможе дізнатися, як проголосувала окрема людина.
    }
polls-split-title = <b>За групами</b>
polls-split-group =
    <b>{ $group }</b> · { $count ->
        [one] { NUMBER($count) } голос
        [few] { NUMBER($count) } голоси
        [many] { NUMBER($count) } голосів
       *[other] { NUMBER($count) } голосу
    }
    { $cells }
polls-split-cell = відповідь { $number }: { NUMBER($share, style: "percent") } ({ NUMBER($count) })
polls-split-bulgarian-citizen = Громадяни Болгарії
polls-split-foreign-national = Іноземці (не з ЄС)
polls-split-eu-citizen = Громадяни ЄС
polls-split-other = Гості міста та ті, хто не вказав групу
polls-split-waiting = Результати за групами з'являться, коли проголосує достатньо людей: щонайменше { $threshold } у групі.
polls-split-hidden = Щоб захистити конфіденційність, групи, де менше ніж { $threshold } голосів, окремо не показано.
polls-split-at-close = Результати за групами з'являться, коли опитування закриється: так з невеликих змін в одній групі не можна буде дізнатися, як хтось проголосував.

## Працівники: створення опитування в чаті
polls-new-resume = У вас є незавершене опитування. Продовжимо з того місця, де ви зупинилися. (/cancel видаляє його.)
polls-new-slug =
    <b>Нове опитування.</b> Спершу коротка назва для посилання, наприклад <code>metro-safety</code>: малі латинські літери, цифри й дефіси, до 40 знаків.
    Посилання буде t.me/…?start=poll_<i>назва</i>. /cancel — зупинити.
polls-new-slug-bad = Ця назва не підходить: використовуйте лише малі латинські літери, цифри й дефіси (від 2 до 40 знаків).
polls-new-slug-taken = Назва { $slug } уже зайнята іншим опитуванням. Будь ласка, оберіть іншу.
polls-new-question = Надішліть запитання мовою: { $language }.
polls-new-too-long = Текст задовгий: не більше ніж { $most } знаків, будь ласка.
polls-new-empty = Після вилучення невидимих символів у цьому повідомленні не лишається тексту. Будь ласка, напишіть його ще раз.
polls-new-options = Надішліть відповіді мовою: { $language }. Кожну з нового рядка (від 2 до { $most }).
polls-new-translate-options =
    Надішліть відповіді (усього { $count }) мовою: { $language }. Кожну з нового рядка, у такому порядку:
    { $reference }
polls-new-options-bad = Будь ласка, надішліть від 2 до { $most } відповідей, кожну з нового рядка.
polls-new-options-count = Будь ласка, надішліть рівно стільки відповідей: { $count }. Кожну з нового рядка, у тому самому порядку, що й першою мовою.
polls-new-languages =
    Збережено. Уже введені мови: { $done }.
    Люди з іншою мовою бачать опитування резервною мовою. Додайте мову або продовжте.
polls-new-languages-done = Далі ➡️
polls-new-kind = Можна обрати одну відповідь чи кілька?
polls-new-single = Одна відповідь
polls-new-multiple = Кілька відповідей
polls-new-change = Чи можна змінювати голос, поки опитування відкрите?
polls-new-yes = Так
polls-new-no = Ні
polls-new-audience = Хто може голосувати? Усі або лише позначені групи.
polls-new-everyone = Усі
polls-new-tick =
    { $on ->
        [yes] ✅ { $label }
       *[no] ⬜ { $label }
    }
polls-new-next = Далі ➡️
polls-new-closes = Коли закрити опитування? Надішліть дату й час за софійським часом, наприклад { $example }, або натисніть кнопку.
polls-new-no-end = Без терміну закриття
polls-new-closes-bad = Будь ласка, надішліть майбутні дату й час, наприклад 2026-12-31 18:00.
polls-new-summary =
    <b>Опитування { $slug }</b>
    { $question }
    Відповідей: { $count }. Кілька відповідей: { $multiple ->
        [yes] так
       *[no] ні
    }. Можна змінювати голос: { $change ->
        [yes] так
       *[no] ні
    }.
    Хто голосує: { $audience }. Закриття: { $closes }. Мови: { $languages }.
polls-new-open = ▶️ Відкрити зараз
polls-new-keep = 💾 Зберегти як чернетку
polls-new-discard = 🗑 Видалити
polls-new-opened =
    Опитування { $slug } відкрите. Посилання на нього:
    { $link }
polls-new-kept = Опитування { $slug } збережено як чернетку. Відкрити його: /openpoll { $slug }
polls-new-discarded = Чернетку { $slug } видалено.
polls-new-cancelled = Зупинено. Незавершене опитування видалено: нічого з нього не збережено.
polls-new-gone = Цієї чернетки більше немає. /newpoll починає нове опитування.
polls-new-use-buttons = Будь ласка, скористайтеся кнопками на цьому кроці.

## Працівники: керування опитуваннями
polls-staff-list-title = <b>Усі опитування</b> (назва · стан · голоси):
polls-staff-line =
    { $slug } · { $state ->
        [open] відкрите
        [closed] закрите
        [scheduled] заплановане
       *[draft] чернетка
    } · { NUMBER($count) }
polls-staff-list-empty = Опитувань поки немає. /newpoll створює нове.
polls-staff-usage = Будь ласка, додайте назву опитування: /{ $command } назва
polls-staff-unknown = Опитування з назвою { $slug } немає. /polllist показує всі опитування.
polls-staff-unfinished = Опитування { $slug } ще створюється. Спершу завершіть його або скористайтеся /cancel.
polls-staff-already =
    Опитування { $slug } уже { $state ->
        [open] відкрите
        [closed] закрите
        [scheduled] заплановане
       *[draft] у чернетці
    }.
polls-staff-opened =
    Опитування { $slug } відкрите. Посилання на нього:
    { $link }
polls-staff-closed = Опитування { $slug } закрите. Хто відкриє його зараз, побачить остаточні результати.
polls-chart-caption =
    📊 <b>{ $question }</b>
    { $slug } · { $state ->
        [open] відкрите
        [closed] закрите
        [scheduled] заплановане
       *[draft] чернетка
    } · { $count ->
        [one] { NUMBER($count) } голос
        [few] { NUMBER($count) } голоси
        [many] { NUMBER($count) } голосів
       *[other] { NUMBER($count) } голосу
    }
    Групи, де менше ніж { $threshold } голосів, на графіку не показано.
polls-chart-votes = Голоси
polls-chart-note = Усього голосів: { NUMBER($count) }. Щоб захистити конфіденційність, групи, де менше ніж { $threshold } голосів, не показано.
