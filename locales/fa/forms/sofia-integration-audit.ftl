# پرسشنامه: dialogs/forms/sofia-integration-audit.yaml
# شناسه‌ها: <form-id>-<question>، <question-id>-hint، <question-id>--<choice>، <question-id>--min/--max.

sofia-integration-audit-title = ارزیابی ادغام در شهر صوفیه: پرسشنامه

## شروع

sofia-integration-audit-intro = این پرسشنامه بخشی از ارزیابی ادغام در شهر صوفیه است. شهر از کسانی که از کشورهای دیگر آمده‌اند و از کسانی که مدت‌هاست اینجا زندگی می‌کنند می‌پرسد زندگی مشترک در صوفیه چگونه است: کار، مدرسه، مسکن، سلامت، امنیت و خدمات عمومی. پاسخ دادن حدود 10 دقیقه طول می‌کشد. می‌توانید از بعضی پرسش‌ها رد شوید، به پرسش قبلی برگردید، یا متوقف شوید و بعداً ادامه دهید. پاسخ‌های شما بدون نامتان نگهداری می‌شود، همان‌طور که در اطلاعیه حریم خصوصی آمده است. هر زمان بخواهید می‌توانید آن‌ها را ببینید یا حذف کنید: /mydata

## درباره شما

sofia-integration-audit-age = چند سال دارید؟
sofia-integration-audit-age-constraint = این پرسشنامه برای افراد 16 سال و بالاتر است. اگر سن شما کمتر است، لطفاً «لغو» را بزنید.
sofia-integration-audit-gender = جنسیت شما چیست؟
sofia-integration-audit-gender--woman = زن
sofia-integration-audit-gender--man = مرد
sofia-integration-audit-gender--other = دیگر
sofia-integration-audit-gender--prefer-not-to-say = ترجیح می‌دهم نگویم

## شهروندان کشور ثالث

sofia-integration-audit-years-in-sofia = چه مدت است که در صوفیه زندگی می‌کنید؟
sofia-integration-audit-years-in-sofia--less-than-1 = کمتر از یک سال
sofia-integration-audit-years-in-sofia--1-to-3 = بین 1 تا 3 سال
sofia-integration-audit-years-in-sofia--3-to-5 = بین 3 تا 5 سال
sofia-integration-audit-years-in-sofia--5-to-10 = بین 5 تا 10 سال
sofia-integration-audit-years-in-sofia--more-than-10 = بیشتر از 10 سال
sofia-integration-audit-arrival-date = اولین بار چه زمانی به بلغارستان آمدید؟
sofia-integration-audit-arrival-date-hint = اگر روز دقیق را به یاد ندارید، روز اول ماه را بنویسید، مثلاً 01/06/2019.
sofia-integration-audit-residence-status = الان چه نوع اقامتی در بلغارستان دارید؟
sofia-integration-audit-residence-status--permanent = اقامت دائم
sofia-integration-audit-residence-status--long-term = اقامت بلندمدت
sofia-integration-audit-residence-status--extended = اقامت ممتد (پیوسته)
sofia-integration-audit-residence-status--work-permit = مجوز کار واحد یا کارت آبی اتحادیه اروپا
sofia-integration-audit-residence-status--international-protection = وضعیت پناهندگی یا حمایت بشردوستانه
sofia-integration-audit-residence-status--temporary-protection = حمایت موقت
sofia-integration-audit-residence-status--asylum-procedure = درخواست پناهندگی داده‌ام و منتظر تصمیم هستم
sofia-integration-audit-residence-status--other = دیگر
sofia-integration-audit-bulgarian-level = چقدر بلغاری صحبت می‌کنید؟
sofia-integration-audit-bulgarian-level--none = اصلاً
sofia-integration-audit-bulgarian-level--basic = چند کلمه و جمله
sofia-integration-audit-bulgarian-level--intermediate = به اندازه کارهای روزمره
sofia-integration-audit-bulgarian-level--fluent = روان
sofia-integration-audit-language-course = آیا در کلاس زبان بلغاری شرکت کرده‌اید؟
sofia-integration-audit-language-course--attended = بله، یک دوره را تمام کرده‌ام
sofia-integration-audit-language-course--attending = بله، الان در یک کلاس شرکت می‌کنم
sofia-integration-audit-language-course--want-to = نه، ولی دوست دارم شرکت کنم
sofia-integration-audit-language-course--not-interested = نه، نیازی ندارم
sofia-integration-audit-barriers = چه چیزی زندگی در صوفیه را برای شما از همه سخت‌تر می‌کند؟
sofia-integration-audit-barriers-hint = لطفاً مهم‌ترین موارد را انتخاب کنید. اگر هیچ‌کدام برای شما مشکل نیست، «هیچ‌کدام» را انتخاب کنید.
sofia-integration-audit-barriers--language = زبان
sofia-integration-audit-barriers--documents = مدارک و کارهای اداری
sofia-integration-audit-barriers--work = پیدا کردن کار
sofia-integration-audit-barriers--housing = پیدا کردن خانه
sofia-integration-audit-barriers--health-care = دسترسی به خدمات درمانی
sofia-integration-audit-barriers--diplomas = به رسمیت شناختن مدرک تحصیلی
sofia-integration-audit-barriers--information = اطلاعاتی که بفهمم
sofia-integration-audit-barriers--discrimination = تبعیض یا رفتار خصمانه
sofia-integration-audit-barriers--none = هیچ‌کدام
sofia-integration-audit-barriers-constraint = «هیچ‌کدام» را نمی‌توان همراه با پاسخ‌های دیگر انتخاب کرد. لطفاً علامت یکی از آن‌ها را بردارید.

## کار

sofia-integration-audit-employment-status = کار یا فعالیت اصلی شما الان چیست؟
sofia-integration-audit-employment-status--employed = با حقوق کار می‌کنم
sofia-integration-audit-employment-status--self-employed = کار آزاد یا کسب‌وکار خودم
sofia-integration-audit-employment-status--looking-for-work = دنبال کار هستم
sofia-integration-audit-employment-status--studying = درس می‌خوانم
sofia-integration-audit-employment-status--retired = بازنشسته هستم
sofia-integration-audit-employment-status--at-home = در خانه هستم و از خانواده مراقبت می‌کنم
sofia-integration-audit-employment-status--other = دیگر
sofia-integration-audit-job-matches-skills = کار شما چقدر با مهارت‌ها و تحصیلاتتان جور است؟
sofia-integration-audit-job-matches-skills--min = اصلاً
sofia-integration-audit-job-matches-skills--max = کاملاً

## آموزش

sofia-integration-audit-children-school = آیا فرزندی دارید که در صوفیه به مهدکودک یا مدرسه برود؟
sofia-integration-audit-children-school--yes-school = بله
sofia-integration-audit-children-school--no-school = نه، در صوفیه به مهدکودک یا مدرسه نمی‌روند
sofia-integration-audit-children-school--no-children = فرزندی در این سن ندارم
sofia-integration-audit-school-support = مهدکودک یا مدرسه چقدر از فرزندان شما حمایت می‌کند؟
sofia-integration-audit-school-support--min = خیلی بد
sofia-integration-audit-school-support--max = خیلی خوب

## مسکن

sofia-integration-audit-housing-situation = الان کجا زندگی می‌کنید؟
sofia-integration-audit-housing-situation--own-home = در خانه خودم
sofia-integration-audit-housing-situation--rent = در خانه اجاره‌ای
sofia-integration-audit-housing-situation--municipal-housing = در خانه شهرداری
sofia-integration-audit-housing-situation--shared-room = در یک اتاق در آپارتمان مشترک
sofia-integration-audit-housing-situation--family-or-friends = پیش خانواده یا دوستان
sofia-integration-audit-housing-situation--centre = در مرکز پذیرش یا ادغام
sofia-integration-audit-housing-situation--other = دیگر
sofia-integration-audit-housing-refused = در دو سال گذشته، آیا کسی در صوفیه به خاطر اصلیت یا تابعیت شما از اجاره دادن خانه به شما خودداری کرده است؟

## سلامت

sofia-integration-audit-health-access = وقتی به خدمات درمانی نیاز دارید، دسترسی به آن در صوفیه برای شما چقدر آسان است؟
sofia-integration-audit-health-access--min = خیلی سخت
sofia-integration-audit-health-access--max = خیلی آسان

## امنیت

sofia-integration-audit-feel-safe = بعد از تاریک شدن هوا، در محله خود چقدر احساس امنیت می‌کنید؟
sofia-integration-audit-feel-safe--min = اصلاً احساس امنیت نمی‌کنم
sofia-integration-audit-feel-safe--max = کاملاً احساس امنیت می‌کنم
sofia-integration-audit-hostility = در 12 ماه گذشته، آیا به خاطر اصلیت، دین یا زبانتان با توهین، تهدید یا سخنان نفرت‌آمیز روبه‌رو شده‌اید؟
sofia-integration-audit-hostility--never = هرگز
sofia-integration-audit-hostility--once = یک بار
sofia-integration-audit-hostility--several-times = چند بار
sofia-integration-audit-hostility--often = بارها
sofia-integration-audit-hostility-reported = آیا آن را به پلیس، میانجی مردمی شهرداری صوفیه یا سازمانی که به مردم کمک می‌کند گزارش دادید؟
sofia-integration-audit-hate-speech-seen = در 12 ماه گذشته، آیا در صوفیه دیوارنویسی نفرت‌آمیز دیده‌اید یا سخنان نفرت‌آمیز علیه خارجی‌ها شنیده‌اید؟

## زندگی مشترک

sofia-integration-audit-neighbour-contact = چند وقت یک بار با همسایه‌هایتان صحبت می‌کنید؟
sofia-integration-audit-neighbour-contact--daily = هر روز یا تقریباً هر روز
sofia-integration-audit-neighbour-contact--weekly = دست‌کم هفته‌ای یک بار
sofia-integration-audit-neighbour-contact--monthly = دست‌کم ماهی یک بار
sofia-integration-audit-neighbour-contact--rarely = کمتر از این
sofia-integration-audit-neighbour-contact--never = هرگز
sofia-integration-audit-migrant-contact = چند وقت یک بار با کسانی از کشورهای دیگر که در صوفیه زندگی می‌کنند در ارتباط هستید، مثلاً در محل کار، در محله یا در مدرسه؟
sofia-integration-audit-migrant-contact--often = زیاد
sofia-integration-audit-migrant-contact--sometimes = گاهی
sofia-integration-audit-migrant-contact--rarely = به‌ندرت
sofia-integration-audit-migrant-contact--never = هرگز
sofia-integration-audit-migrants-view = درباره مهاجران اقتصادی با کدام دیدگاه موافقید؟ دیدگاه اول: در کل، آن‌ها با کار سخت و استعدادشان به کشور کمک می‌کنند. دیدگاه دوم: در کل، آن‌ها باری بر دوش کشور هستند، چون شغل‌ها و خانه‌ها را می‌گیرند و از خدمات درمانی استفاده می‌کنند.
sofia-integration-audit-migrants-view--help = به کشور کمک می‌کنند
sofia-integration-audit-migrants-view--burden = باری بر دوش کشور هستند
sofia-integration-audit-migrants-view--both = هر دو تا حدی درست است
sofia-integration-audit-migrants-view--dont-know = نمی‌دانم
sofia-integration-audit-belonging = چقدر در صوفیه احساس می‌کنید در خانه خودتان هستید؟
sofia-integration-audit-belonging--min = اصلاً
sofia-integration-audit-belonging--max = کاملاً

## تنوع فرهنگی و خدمات عمومی

sofia-integration-audit-diversity-enriches = چقدر با این جمله موافقید: «آدم‌هایی از فرهنگ‌های مختلف، صوفیه را جای بهتری برای زندگی می‌کنند»؟
sofia-integration-audit-diversity-enriches--min = اصلاً موافق نیستم
sofia-integration-audit-diversity-enriches--max = کاملاً موافقم
sofia-integration-audit-municipal-services = چقدر از خدمات شهرداری صوفیه راضی هستید، مثلاً ثبت آدرس، خدمات اجتماعی و اطلاع‌رسانی؟
sofia-integration-audit-municipal-services--min = اصلاً راضی نیستم
sofia-integration-audit-municipal-services--max = کاملاً راضی هستم
sofia-integration-audit-information-session = آیا در جلسه اطلاع‌رسانی میانجی مردمی شهرداری صوفیه شرکت کرده‌اید، مثلاً در یک مرکز ادغام مهاجران؟

## مشارکت

sofia-integration-audit-participation = در 12 ماه گذشته، آیا در صوفیه در یکی از این فعالیت‌ها شرکت کرده‌اید؟
sofia-integration-audit-participation-hint = هم فعالیت‌های حضوری و هم فعالیت‌های آنلاین را حساب کنید.
sofia-integration-audit-participation--volunteering = کار داوطلبانه
sofia-integration-audit-participation--community-group = گروه محلی یا انجمن
sofia-integration-audit-participation--public-consultation = نظرخواهی عمومی یا جلسه با شهرداری
sofia-integration-audit-participation--neighbourhood-events = برنامه‌های محله
sofia-integration-audit-participation--religious-community = جامعه دینی
sofia-integration-audit-participation--none = هیچ‌کدام
sofia-integration-audit-participation-constraint = «هیچ‌کدام» را نمی‌توان همراه با پاسخ‌های دیگر انتخاب کرد. لطفاً علامت یکی از آن‌ها را بردارید.

## پایان

sofia-integration-audit-change-one-thing = اگر می‌توانستید برای بهتر شدن زندگی مشترک در صوفیه یک چیز را تغییر دهید، چه چیزی را تغییر می‌دادید؟
sofia-integration-audit-place-photo = آیا می‌خواهید عکسی از جایی در صوفیه بفرستید که برایتان مهم است؟ عکس می‌تواند چیز خوبی را نشان دهد یا چیزی را که باید تغییر کند. لطفاً عکس‌هایی نفرستید که در آن‌ها بتوان افراد را شناخت.
