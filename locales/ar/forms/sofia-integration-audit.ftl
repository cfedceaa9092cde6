# الاستبيان: dialogs/forms/sofia-integration-audit.yaml
# المعرّفات: <form-id>-<question>، <question-id>-hint، <question-id>--<choice>، <question-id>--min/--max.

sofia-integration-audit-title = تقييم الاندماج في مدينة صوفيا: استبيان

## البداية

sofia-integration-audit-intro = هذا الاستبيان جزء من تقييم الاندماج في مدينة صوفيا. تسأل المدينة الأشخاص القادمين من بلدان أخرى والأشخاص الذين يعيشون هنا منذ زمن طويل عن الحياة المشتركة في صوفيا: العمل والمدرسة والسكن والصحة والأمان والخدمات العامة. يستغرق الاستبيان نحو 10 دقائق. يمكن تخطي بعض الأسئلة، والرجوع إلى سؤال سابق، والتوقف ثم المتابعة لاحقًا. تُحفظ إجاباتك من دون اسمك، كما يوضح إشعار الخصوصية. يمكنك رؤيتها أو حذفها في أي وقت باستخدام /mydata

## عنك

sofia-integration-audit-age = كم عمرك؟
sofia-integration-audit-age-constraint = هذا الاستبيان للأشخاص الذين تبلغ أعمارهم 16 عامًا أو أكثر. إذا كان عمرك أقل من ذلك، يُرجى الضغط على «إلغاء».
sofia-integration-audit-gender = ما جنسك؟
sofia-integration-audit-gender--woman = امرأة
sofia-integration-audit-gender--man = رجل
sofia-integration-audit-gender--other = غير ذلك
sofia-integration-audit-gender--prefer-not-to-say = أفضّل عدم الإجابة

## مواطنون من بلدان ثالثة (من خارج الاتحاد الأوروبي)

sofia-integration-audit-years-in-sofia = كم مضى على إقامتك في صوفيا؟
sofia-integration-audit-years-in-sofia--less-than-1 = أقل من سنة
sofia-integration-audit-years-in-sofia--1-to-3 = من سنة إلى 3 سنوات
sofia-integration-audit-years-in-sofia--3-to-5 = من 3 إلى 5 سنوات
sofia-integration-audit-years-in-sofia--5-to-10 = من 5 إلى 10 سنوات
sofia-integration-audit-years-in-sofia--more-than-10 = أكثر من 10 سنوات
sofia-integration-audit-arrival-date = متى وصلت إلى بلغاريا أول مرة؟
sofia-integration-audit-arrival-date-hint = إذا لم يكن اليوم الدقيق معروفًا، يُرجى كتابة أول يوم في الشهر، مثل 01/06/2019.
sofia-integration-audit-residence-status = ما نوع الإقامة التي لديك الآن في بلغاريا؟
sofia-integration-audit-residence-status--permanent = إقامة دائمة
sofia-integration-audit-residence-status--long-term = إقامة طويلة الأمد
sofia-integration-audit-residence-status--extended = إقامة ممتدة (متواصلة)
sofia-integration-audit-residence-status--work-permit = تصريح عمل موحد أو البطاقة الزرقاء الأوروبية
sofia-integration-audit-residence-status--international-protection = صفة اللاجئ أو الحماية الإنسانية
sofia-integration-audit-residence-status--temporary-protection = حماية مؤقتة
sofia-integration-audit-residence-status--asylum-procedure = قدّمت طلب حماية وأنتظر القرار
sofia-integration-audit-residence-status--other = غير ذلك
sofia-integration-audit-bulgarian-level = ما مستوى لغتك البلغارية؟
sofia-integration-audit-bulgarian-level--none = لا أتحدثها
sofia-integration-audit-bulgarian-level--basic = بعض الكلمات والعبارات
sofia-integration-audit-bulgarian-level--intermediate = تكفي للمواقف اليومية
sofia-integration-audit-bulgarian-level--fluent = بطلاقة
sofia-integration-audit-language-course = هل شاركت في دورة لتعلّم اللغة البلغارية؟
sofia-integration-audit-language-course--attended = نعم، أنهيت دورة
sofia-integration-audit-language-course--attending = نعم، أدرس في دورة الآن
sofia-integration-audit-language-course--want-to = لا، لكني أرغب في ذلك
sofia-integration-audit-language-course--not-interested = لا، لا أحتاج إليها
sofia-integration-audit-barriers = ما أكثر ما يصعّب حياتك في صوفيا؟
sofia-integration-audit-barriers-hint = يُرجى اختيار الأهم بالنسبة إليك. إذا لم يكن أيّ مما يلي مشكلة، يُرجى اختيار «لا شيء مما سبق».
sofia-integration-audit-barriers--language = اللغة
sofia-integration-audit-barriers--documents = الوثائق والإجراءات الإدارية
sofia-integration-audit-barriers--work = إيجاد عمل
sofia-integration-audit-barriers--housing = إيجاد سكن
sofia-integration-audit-barriers--health-care = الحصول على الرعاية الصحية
sofia-integration-audit-barriers--diplomas = الاعتراف بالشهادات
sofia-integration-audit-barriers--information = معلومات أفهمها
sofia-integration-audit-barriers--discrimination = التمييز أو العداء
sofia-integration-audit-barriers--none = لا شيء مما سبق
sofia-integration-audit-barriers-constraint = لا يمكن اختيار «لا شيء مما سبق» مع إجابات أخرى. يُرجى إزالة إحدى العلامات.

## العمل

sofia-integration-audit-employment-status = ما عملك أو نشاطك الرئيسي الآن؟
sofia-integration-audit-employment-status--employed = أعمل بأجر
sofia-integration-audit-employment-status--self-employed = أعمل لحسابي الخاص أو لدي مشروع
sofia-integration-audit-employment-status--looking-for-work = أبحث عن عمل
sofia-integration-audit-employment-status--studying = أدرس
sofia-integration-audit-employment-status--retired = تقاعدت عن العمل
sofia-integration-audit-employment-status--at-home = في البيت، أرعى الأسرة
sofia-integration-audit-employment-status--other = غير ذلك
sofia-integration-audit-job-matches-skills = إلى أي حد يتناسب عملك مع مهاراتك وتعليمك؟
sofia-integration-audit-job-matches-skills--min = لا يتناسب أبدًا
sofia-integration-audit-job-matches-skills--max = يتناسب تمامًا

## التعليم

sofia-integration-audit-children-school = هل لديك أطفال في روضة أو مدرسة في صوفيا؟
sofia-integration-audit-children-school--yes-school = نعم
sofia-integration-audit-children-school--no-school = لا، لا يذهبون إلى روضة أو مدرسة في صوفيا
sofia-integration-audit-children-school--no-children = ليس لدي أطفال في هذا العمر
sofia-integration-audit-school-support = إلى أي حد تدعم الروضة أو المدرسة أطفالك؟
sofia-integration-audit-school-support--min = ضعيف جدًا
sofia-integration-audit-school-support--max = جيد جدًا

## السكن

sofia-integration-audit-housing-situation = ما مكان سكنك الآن؟
sofia-integration-audit-housing-situation--own-home = في مسكن أملكه
sofia-integration-audit-housing-situation--rent = في مسكن مستأجر
sofia-integration-audit-housing-situation--municipal-housing = في مسكن تابع للبلدية
sofia-integration-audit-housing-situation--shared-room = في غرفة في شقة مشتركة
sofia-integration-audit-housing-situation--family-or-friends = عند الأقارب أو الأصدقاء
sofia-integration-audit-housing-situation--centre = في مركز استقبال أو اندماج
sofia-integration-audit-housing-situation--other = غير ذلك
sofia-integration-audit-housing-refused = خلال السنتين الماضيتين، هل رفض أحد في صوفيا تأجير مسكن لك بسبب أصلك أو جنسيتك؟

## الصحة

sofia-integration-audit-health-access = ما مدى سهولة حصولك على الرعاية الصحية في صوفيا عند الحاجة؟
sofia-integration-audit-health-access--min = صعب جدًا
sofia-integration-audit-health-access--max = سهل جدًا

## الأمان

sofia-integration-audit-feel-safe = ما مدى شعورك بالأمان في حيّك بعد حلول الظلام؟
sofia-integration-audit-feel-safe--min = لا أشعر بالأمان أبدًا
sofia-integration-audit-feel-safe--max = أشعر بأمان تام
sofia-integration-audit-hostility = خلال الأشهر الاثني عشر الماضية، هل تعرضت لإهانات أو تهديدات أو خطاب كراهية بسبب أصلك أو دينك أو لغتك؟
sofia-integration-audit-hostility--never = أبدًا
sofia-integration-audit-hostility--once = مرة واحدة
sofia-integration-audit-hostility--several-times = بضع مرات
sofia-integration-audit-hostility--often = كثيرًا
sofia-integration-audit-hostility-reported = هل أبلغت الشرطة أو أمين المظالم في بلدية صوفيا أو منظمة تساعد الناس بما حدث؟
sofia-integration-audit-hate-speech-seen = خلال الأشهر الاثني عشر الماضية، هل رأيت كتابات كراهية على الجدران أو سمعت خطاب كراهية ضد الأجانب في صوفيا؟

## العيش المشترك

sofia-integration-audit-neighbour-contact = كم مرة يدور حديث بينك وبين جيرانك؟
sofia-integration-audit-neighbour-contact--daily = كل يوم أو كل يوم تقريبًا
sofia-integration-audit-neighbour-contact--weekly = مرة في الأسبوع على الأقل
sofia-integration-audit-neighbour-contact--monthly = مرة في الشهر على الأقل
sofia-integration-audit-neighbour-contact--rarely = أقل من ذلك
sofia-integration-audit-neighbour-contact--never = أبدًا
sofia-integration-audit-migrant-contact = كم مرة يكون لديك تواصل مع أشخاص من بلدان أخرى يعيشون في صوفيا، مثلًا في العمل أو في الحي أو في المدرسة؟
sofia-integration-audit-migrant-contact--often = كثيرًا
sofia-integration-audit-migrant-contact--sometimes = أحيانًا
sofia-integration-audit-migrant-contact--rarely = نادرًا
sofia-integration-audit-migrant-contact--never = أبدًا
sofia-integration-audit-migrants-view = أي رأي عن المهاجرين الاقتصاديين هو الأقرب إليك؟ الرأي الأول: بشكل عام، يساعدون الدولة بعملهم الجاد ومواهبهم. الرأي الثاني: بشكل عام، يثقلون كاهل الدولة لأنهم يأخذون فرص العمل والمساكن ويستفيدون من الرعاية الصحية.
sofia-integration-audit-migrants-view--help = يساعدون الدولة
sofia-integration-audit-migrants-view--burden = يثقلون كاهل الدولة
sofia-integration-audit-migrants-view--both = الرأيان صحيحان جزئيًا
sofia-integration-audit-migrants-view--dont-know = لا أعرف
sofia-integration-audit-belonging = إلى أي حد يمنحك العيش في صوفيا شعورًا بأنك في بيتك؟
sofia-integration-audit-belonging--min = أبدًا
sofia-integration-audit-belonging--max = تمامًا

## التنوع الثقافي والخدمات العامة

sofia-integration-audit-diversity-enriches = ما مدى موافقتك على هذه العبارة: «الناس من ثقافات مختلفة يجعلون صوفيا مكانًا أفضل للعيش»؟
sofia-integration-audit-diversity-enriches--min = لا أوافق أبدًا
sofia-integration-audit-diversity-enriches--max = أوافق تمامًا
sofia-integration-audit-municipal-services = ما مدى رضاك عن خدمات بلدية صوفيا، مثل تسجيل العنوان والخدمات الاجتماعية والمعلومات؟
sofia-integration-audit-municipal-services--min = عدم رضا تام
sofia-integration-audit-municipal-services--max = رضا تام
sofia-integration-audit-information-session = هل حضرت جلسة إعلامية لأمين المظالم في بلدية صوفيا، مثلًا في مركز لاندماج المهاجرين؟

## المشاركة

sofia-integration-audit-participation = خلال الأشهر الاثني عشر الماضية، هل شاركت في أي من هذه الأنشطة في صوفيا؟
sofia-integration-audit-participation-hint = تُحسب الأنشطة الحضورية والأنشطة عبر الإنترنت.
sofia-integration-audit-participation--volunteering = العمل التطوعي
sofia-integration-audit-participation--community-group = مجموعة مجتمعية أو جمعية
sofia-integration-audit-participation--public-consultation = مشاورة عامة أو لقاء مع البلدية
sofia-integration-audit-participation--neighbourhood-events = فعاليات في الحي
sofia-integration-audit-participation--religious-community = جماعة دينية
sofia-integration-audit-participation--none = لا شيء مما سبق
sofia-integration-audit-participation-constraint = لا يمكن اختيار «لا شيء مما سبق» مع إجابات أخرى. يُرجى إزالة إحدى العلامات.

## الختام

sofia-integration-audit-change-one-thing = لو أمكنك تغيير شيء واحد في صوفيا لتصبح الحياة المشتركة أفضل، فما هو؟
sofia-integration-audit-place-photo = يمكن إرسال صورة لمكان في صوفيا مهم بالنسبة إليك، إن أردت. يمكن أن تُظهر الصورة شيئًا جيدًا أو شيئًا يجب تغييره. يُرجى تجنّب الصور التي يمكن فيها التعرف على الأشخاص.
