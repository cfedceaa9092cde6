## Допитвания (Bulgarian). Key terms: see locales/GLOSSARY.md.

## Допитването, което идва с бота: въпросът от кампанията (точният текст от материалите на одита).
poll-economic-migrants-question = Кое виждане за икономическите мигранти споделяте?
poll-economic-migrants-option-1 = Като цяло те подпомагат държавата чрез своята упорита работа и талантливи хора
poll-economic-migrants-option-2 = Като цяло те натоварват държавата, защото заемат работни места, места за настаняване, възползват се от здравеопазването

## Гласуване
polls-list-title = <b>Допитвания</b>, отворени в момента. Изберете едно, за да гласувате:
polls-list-line = { $number }. { $question }
polls-list-button = { $number }. { SHORT($question) }
polls-list-empty = В момента няма отворени допитвания. Моля, проверете отново по-късно.
polls-closed-list = 🏁 Резултати от затворените допитвания
polls-closed-title = <b>Затворени допитвания</b>. Изберете едно, за да видите окончателните му резултати:
polls-closed-empty = Все още няма затворени допитвания.
polls-open-list = 📊 Отворени допитвания
polls-not-found = Това допитване не е намерено или не е отворено.
polls-other = 📊 Други допитвания
polls-question = 📊 <b>{ $question }</b>
polls-hint-single = Изберете един отговор.
polls-hint-multiple = Изберете един или повече отговора и натиснете „Изпращане“.
polls-hint-change = Можете да промените гласа си, докато допитването е отворено.
polls-hint-final = След това няма да можете да промените гласа си.
polls-hint-closes = Допитването е отворено до { DATETIME($date, dateStyle: "long") }, { $time } ч. (софийско време).
polls-join-lines =
    { $first }
    { $rest }
polls-join-cells = { $first } · { $rest }
polls-join-comma = { $first }, { $rest }
polls-option-line =
    { $number }. { $label }{ $mine ->
        [yes] {" "}· ✔️ вашият глас
       *[no] {""}
    }
polls-option-button =
    { $mine ->
        [yes] ✓{" "}
       *[no] {""}
    }{ $number }. { SHORT($label) }
polls-option-ticked = ☑️ { $number }. { SHORT($label) }
polls-option-unticked = ⬜ { $number }. { SHORT($label) }
polls-send = ✅ Изпращане
polls-choose-one = Моля, изберете поне един отговор.
polls-saved = Благодарим ви! Гласът ви е запазен.
polls-changed = Гласът ви е променен.
polls-same = Това вече е вашият глас.
polls-locked = Вече гласувахте в това допитване. В него гласът не може да се променя.
polls-locked-toast = В това допитване гласът не може да се променя.
polls-closed = Това допитване е затворено. Благодарим ви за интереса! Ето окончателните резултати.
polls-closed-toast = Това допитване е затворено.
polls-audience = Това допитване е само за някои групи хора. Благодарим ви за интереса! Можете да гласувате в другите допитвания.
polls-change = ✏️ Промяна на гласа
polls-change-lead =
    { $multiple ->
        [yes] Отбележете новите си отговори и натиснете „Изпращане“. Сегашните ви отговори вече са отбелязани.
       *[no] Изберете новия си отговор. Сегашният ви глас е отбелязан с ✓.
    }

## Резултати. Процентите са цели числа, които дават сбор 100 (метод на най-големия остатък).
polls-results-title =
    { $closed ->
        [yes] 📊 <b>Окончателни резултати</b>
       *[no] 📊 <b>Резултати досега</b>
    }
    { $question }
polls-result-line =
    { $number }. { $label }
    { $bar } { NUMBER($share, style: "percent") } · { $count ->
        [one] { NUMBER($count) } глас
       *[other] { NUMBER($count) } гласа
    }{ $mine ->
        [yes] {" "}· ✔️ вашият глас
       *[no] {""}
    }
polls-results-total =
    Отчетени гласове в тези резултати: { NUMBER($count) }. { $multiple ->
        [yes] Можеше да се избере повече от един отговор; процентите са дял от всички избрани отговори.{" "}
       *[no] {""}
    }Процентите са закръглени така, че сборът им да е 100.
polls-results-step =
    { $closed ->
        [yes] За да се пази поверителността на гласувалите, резултатите се обновяваха само на всеки { $step } гласа, затова последните няколко гласа може да не са отчетени тук.
       *[no] Резултатите се обновяват на всеки { $step } гласа, за да не може никой да разбере как е гласувал отделен човек. Най-новите гласове, може би и вашият, още може да не са отчетени.
    }
polls-results-waiting =
    { $closed ->
        [yes] В това допитване има по-малко от { $step } гласа, затова резултатите не се показват, за да се пази поверителността на гласувалите.
       *[no] Резултатите ще се покажат, когато гласовете станат { $step }. Така никой не може да разбере как е гласувал отделен човек.
    }
polls-split-title = <b>По групи</b>
polls-split-group =
    <b>{ $group }</b> · { $count ->
        [one] { NUMBER($count) } глас
       *[other] { NUMBER($count) } гласа
    }
    { $cells }
polls-split-cell = отговор { $number }: { NUMBER($share, style: "percent") } ({ NUMBER($count) })
polls-split-bulgarian-citizen = Български граждани
polls-split-foreign-national = Чужденци (не от ЕС)
polls-split-eu-citizen = Граждани на ЕС
polls-split-other = Гости на града и хора, които не са посочили група
polls-split-waiting = Резултатите по групи се показват, когато са гласували достатъчно хора: поне { $threshold } в група.
polls-split-hidden = За да пазим поверителността, групите с по-малко от { $threshold } гласа не се показват отделно.
polls-split-at-close = Резултатите по групи се показват, когато допитването се затвори, за да не може от малки промени в една група да се разбере как е гласувал някой.

## Служители: създаване на допитване в чата
polls-new-resume = Имате незавършено допитване. Продължаваме оттам, където спряхте. (/cancel го отказва.)
polls-new-slug =
    <b>Ново допитване.</b> Първо кратко име за връзката, напр. <code>metro-safety</code>: малки латински букви, цифри и тирета, до 40 знака.
    Връзката ще бъде t.me/…?start=poll_<i>име</i>. /cancel спира.
polls-new-slug-bad = Това име не може да се използва: моля, използвайте само малки латински букви, цифри и тирета (от 2 до 40 знака).
polls-new-slug-taken = Името { $slug } вече е заето от друго допитване. Моля, изберете друго име.
polls-new-question = Изпратете въпроса на { $language }.
polls-new-too-long = Текстът е твърде дълъг: моля, най-много { $most } знака.
polls-new-empty = След премахване на невидимите знаци в това съобщение не остава текст. Моля, напишете го отново.
polls-new-options = Изпратете отговорите на { $language }, всеки на нов ред (от 2 до { $most } отговора).
polls-new-translate-options =
    Изпратете { $count } отговора на { $language }, всеки на нов ред, в същата последователност:
    { $reference }
polls-new-options-bad = Моля, изпратете от 2 до { $most } отговора, всеки на нов ред.
polls-new-options-count = Моля, изпратете точно { $count } отговора, всеки на нов ред, в същата последователност като на първия език.
polls-new-languages =
    Запазено. Въведени езици досега: { $done }.
    Хората, които използват друг език, виждат допитването на резервния език. Добавете език или продължете.
polls-new-languages-done = Напред ➡️
polls-new-kind = Могат ли хората да изберат един отговор или няколко?
polls-new-single = Един отговор
polls-new-multiple = Няколко отговора
polls-new-change = Могат ли хората да променят гласа си, докато допитването е отворено?
polls-new-yes = Да
polls-new-no = Не
polls-new-audience = Кой може да гласува? Всички или само групите, които отбележите.
polls-new-everyone = Всички
polls-new-tick =
    { $on ->
        [yes] ✅ { $label }
       *[no] ⬜ { $label }
    }
polls-new-next = Напред ➡️
polls-new-closes = Кога да се затвори допитването? Изпратете дата и час по софийско време, напр. { $example }, или натиснете бутона.
polls-new-no-end = Без краен срок
polls-new-closes-bad = Моля, изпратете бъдеща дата и час, например 2026-12-31 18:00.
polls-new-summary =
    <b>Допитване { $slug }</b>
    { $question }
    Отговори: { $count }. Няколко отговора: { $multiple ->
        [yes] да
       *[no] не
    }. Промяна на гласа: { $change ->
        [yes] да
       *[no] не
    }.
    Кой гласува: { $audience }. Затваряне: { $closes }. Езици: { $languages }.
polls-new-open = ▶️ Отваряне сега
polls-new-keep = 💾 Запазване като чернова
polls-new-discard = 🗑 Отказ
polls-new-opened =
    Допитването { $slug } е отворено. Връзката към него:
    { $link }
polls-new-kept = Допитването { $slug } е запазено като чернова. Отворете го с /openpoll { $slug }
polls-new-discarded = Черновата { $slug } е изтрита.
polls-new-cancelled = Спряхме. Незавършеното допитване е изтрито: нищо от него не е запазено.
polls-new-gone = Тази чернова вече не съществува. /newpoll започва ново допитване.
polls-new-use-buttons = Моля, използвайте бутоните за тази стъпка.

## Служители: управление на допитванията
polls-staff-list-title = <b>Всички допитвания</b> (име · състояние · гласове):
polls-staff-line =
    { $slug } · { $state ->
        [open] отворено
        [closed] затворено
        [scheduled] насрочено
       *[draft] чернова
    } · { NUMBER($count) }
polls-staff-list-empty = Все още няма допитвания. /newpoll създава ново.
polls-staff-usage = Моля, добавете името на допитването: /{ $command } име
polls-staff-unknown = Няма допитване с име { $slug }. /polllist показва всички допитвания.
polls-staff-unfinished = Допитването { $slug } още се създава. Първо го завършете или използвайте /cancel.
polls-staff-already =
    Допитването { $slug } вече е { $state ->
        [open] отворено
        [closed] затворено
        [scheduled] насрочено
       *[draft] чернова
    }.
polls-staff-opened =
    Допитването { $slug } е отворено. Връзката към него:
    { $link }
polls-staff-closed = Допитването { $slug } е затворено. Който го отвори сега, вижда окончателните резултати.
polls-chart-caption =
    📊 <b>{ $question }</b>
    { $slug } · { $state ->
        [open] отворено
        [closed] затворено
        [scheduled] насрочено
       *[draft] чернова
    } · { $count ->
        [one] { NUMBER($count) } глас
       *[other] { NUMBER($count) } гласа
    }
    Групите с по-малко от { $threshold } гласа не се показват на графиката.
polls-chart-votes = Гласове
polls-chart-note = Общо { NUMBER($count) } гласа. За да пазим поверителността, групите с по-малко от { $threshold } гласа не се показват.
