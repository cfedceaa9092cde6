## «بیشتر بدانید» (Farsi): فیلم‌های کارزار و واقعیت‌هایی از ارزیابی ادغام در شهر صوفیه. RTL.

learn-title =
    💡 <b>بیشتر بدانید</b>
    همراه با ارزیابی ادغام در شهر صوفیه، شهر کارزاری علیه باورهای نادرست رایج درباره مهاجران و پناهندگان برگزار کرد. صفحه‌های مترو و تراموا فیلم‌های کوتاهی درباره کسانی نشان دادند که صوفیه را انتخاب کرده‌اند. آن‌ها را اینجا ببینید یا واقعیت‌ها را بخوانید.
learn-video =
    🎬 <b>{ $title }</b>
    { $text }
learn-watch = ▶️ { $title }
learn-facts = 📊 واقعیت‌ها و آمار
learn-videos = 🎬 ویدیوها
learn-previous = ◀️ بازگشت
learn-next = بعدی ▶️
learn-more = 💡 بیشتر بدانید
learn-fact-title = 📊 <b>واقعیت { $number } از { $count }</b>
learn-did-you-know =
    💡 <b>آیا می‌دانستید؟</b>
    { $fact }

learn-video-olympic-dream-title = رؤیای المپیک
learn-video-olympic-dream-text = کوژا پناهنده‌ای از سوریه است که دندان‌پزشکی می‌خواند، بوکس و دوومیدانی تمرین می‌کند و آرزو دارد به تیم المپیک پناهندگان در بازی‌های 2020 توکیو بپیوندد. فیلمی از کمیساریای عالی سازمان ملل برای پناهندگان در بلغارستان.
learn-video-we-the-others-title = ما، دیگران
learn-video-we-the-others-text = مستندی کوتاه که از چهار مهاجر می‌پرسد زندگی در بلغارستان چگونه است: لی جیایی از چین، مهرداد مهدادی از ایران، لیندا مک‌کنزی-پتکووا از کانادا و سیتارا باکیروا از قزاقستان. ساخته RiskMonitor در پروژه INTEGRA، با بودجه صندوق پناهندگی، مهاجرت و ادغام اتحادیه اروپا.
learn-video-st-ana-center-title = مرکز سنت آنا
learn-video-st-ana-center-text = ادغام پناهندگان و کار مرکز ادغام سنت آنا از نگاه یک خانواده پناهنده سوری. فیلمی از کاریتاس بلغارستان در پروژه SAFERR.
learn-video-beyond-the-barriers-title = فراتر از موانع
learn-video-beyond-the-barriers-text = دانشجویان سال دوم رشته نشر کتاب در دانشکده روزنامه‌نگاری و ارتباطات جمعی دانشگاه صوفیه کتابی با داستان‌های مهاجران و پناهندگانی از افغانستان، سوریه، عراق، ایران و سومالی می‌سازند. این فیلم را هم خودشان همراه با دانشکده ساخته‌اند.

learn-fact-population = حدود { NUMBER($people_millions) } میلیون نفر در صوفیه زندگی می‌کنند. سهم شهروندان خارجی از این جمعیت { NUMBER($foreign_share, style: "percent", maximumFractionDigits: 1) } است.
learn-fact-students = در سال تحصیلی { $year }، تعداد { NUMBER($students) } دانشجوی خارجی در بلغارستان درس می‌خواندند؛ یعنی حدود { NUMBER($share, style: "percent") } از همه دانشجویان.
learn-fact-threat = در سال 2014، { NUMBER($share_2014, style: "percent", maximumFractionDigits: 1) } از ساکنان صوفیه که با آن‌ها مصاحبه شد، واژه «تهدید» را با خارجی‌ها مرتبط دانستند. در سال 2016 این رقم { NUMBER($share_2016, style: "percent", maximumFractionDigits: 1) } بود. بیشتر مردم خارجی‌ها را تهدید نمی‌دانند.
learn-fact-crime = از 2015 تا 2017، سهم شهروندان خارجی در میان مرتکبان جرم‌های کشف‌شده در بلغارستان بین { NUMBER($country_low, style: "percent", maximumFractionDigits: 1) } و { NUMBER($country_high, style: "percent", maximumFractionDigits: 1) } بود. در صوفیه، سهم آن‌ها در میان مرتکبان جرم علیه اشخاص و اموال بین { NUMBER($sofia_low, style: "percent", maximumFractionDigits: 1) } و { NUMBER($sofia_high, style: "percent", maximumFractionDigits: 1) } بود؛ یعنی بیشتر از سهمشان در جمعیت شهر نبود.
learn-fact-work-permits = در سال { $year }، تعداد { NUMBER($permits) } مهاجر در بلغارستان پروانه کار یا کارت آبی اتحادیه اروپا (پروانه کار برای متخصصان بسیار ماهر) داشتند.
learn-fact-participation = بیش از { NUMBER($people) } نفر از ساکنان صوفیه در ارزیابی ادغام شهر شرکت کردند. از هر پنج نفر، یک نفر مهاجر بود.
learn-source-audit = <i>منبع: ارزیابی ادغام در شهر صوفیه، integra-net.eu</i>
learn-source-crime = <i>منبع: ارزیابی ادغام در شهر صوفیه، integra-net.eu؛ آمار وزارت کشور بلغارستان 2015 تا 2017؛ مؤسسه جامعه باز، گزارش سالانه 2016.</i>
