## «مزيد من المعلومات» (Arabic): أفلام الحملة وحقائق من تقييم الاندماج في مدينة صوفيا. RTL.

learn-title =
    💡 <b>مزيد من المعلومات</b>
    إلى جانب تقييم الاندماج في مدينة صوفيا، نظّمت المدينة حملة ضد الأفكار الخاطئة الشائعة عن المهاجرين واللاجئين. عرضت شاشات المترو والترام أفلامًا قصيرة عن أشخاص اختاروا صوفيا. يمكنك مشاهدتها هنا أو قراءة الحقائق.
learn-video =
    🎬 <b>{ $title }</b>
    { $text }
learn-watch = ▶️ { $title }
learn-facts = 📊 حقائق وأرقام
learn-videos = 🎬 مقاطع الفيديو
learn-previous = ◀️ رجوع
learn-next = التالي ▶️
learn-more = 💡 مزيد من المعلومات
learn-fact-title = 📊 <b>الحقيقة { $number } من { $count }</b>
learn-did-you-know =
    💡 <b>معلومة</b>
    { $fact }

learn-video-olympic-dream-title = حلم أولمبي
learn-video-olympic-dream-text = كوجا لاجئ من سوريا يدرس طب الأسنان ويتدرّب على الملاكمة وألعاب القوى، ويحلم بالانضمام إلى الفريق الأولمبي للاجئين في ألعاب طوكيو 2020. فيلم من إنتاج المفوضية السامية للأمم المتحدة لشؤون اللاجئين في بلغاريا.
learn-video-we-the-others-title = نحن، الآخرون
learn-video-we-the-others-text = فيلم وثائقي قصير يسأل أربعة مهاجرين عن الحياة في بلغاريا: لي جيايي من الصين، ومهرداد مهدادي من إيران، وليندا ماكنزي-بيتكوفا من كندا، وسيتارا باكيروفا من كازاخستان. من إنتاج RiskMonitor ضمن مشروع INTEGRA بتمويل من صندوق اللجوء والهجرة والاندماج التابع للاتحاد الأوروبي.
learn-video-st-ana-center-title = مركز القديسة آنا
learn-video-st-ana-center-text = اندماج اللاجئين وعمل مركز القديسة آنا للاندماج، كما تراه عائلة لاجئة من سوريا. فيلم من إنتاج كاريتاس بلغاريا ضمن مشروع SAFERR.
learn-video-beyond-the-barriers-title = ما وراء الحواجز
learn-video-beyond-the-barriers-text = طلاب السنة الثانية في تخصص نشر الكتب في كلية الصحافة والاتصال الجماهيري بجامعة صوفيا يعدّون كتابًا يضم قصص مهاجرين ولاجئين من أفغانستان وسوريا والعراق وإيران والصومال. وأنتجوا هذا الفيلم أيضًا بالتعاون مع الكلية.

learn-fact-population = يعيش في صوفيا نحو { NUMBER($people_millions) } مليون شخص. نسبة الأجانب بينهم { NUMBER($foreign_share, style: "percent", maximumFractionDigits: 1) }.
learn-fact-students = في العام الدراسي { $year } كان عدد الطلاب الأجانب في بلغاريا { NUMBER($students) }، أي نحو { NUMBER($share, style: "percent") } من جميع الطلاب.
learn-fact-threat = في عام 2014، ربط { NUMBER($share_2014, style: "percent", maximumFractionDigits: 1) } من سكان صوفيا الذين شملهم الاستطلاع كلمة «تهديد» بالأجنبي. وفي عام 2016 كانت النسبة { NUMBER($share_2016, style: "percent", maximumFractionDigits: 1) }. معظم الناس لا يرون في الأجانب تهديدًا.
learn-fact-crime = بين عامي 2015 و2017، كانت نسبة الأجانب بين مرتكبي الجرائم المكتشفة في بلغاريا بين { NUMBER($country_low, style: "percent", maximumFractionDigits: 1) } و{ NUMBER($country_high, style: "percent", maximumFractionDigits: 1) }. وفي صوفيا كانت نسبتهم بين مرتكبي الجرائم ضد الأشخاص والممتلكات بين { NUMBER($sofia_low, style: "percent", maximumFractionDigits: 1) } و{ NUMBER($sofia_high, style: "percent", maximumFractionDigits: 1) }، أي ليست أكبر من نسبتهم بين سكان المدينة.
learn-fact-work-permits = في عام { $year }، كان عدد المهاجرين في بلغاريا الذين لديهم تصريح عمل أو بطاقة زرقاء أوروبية { NUMBER($permits) }. والبطاقة الزرقاء هي تصريح العمل لأصحاب الكفاءات العالية.
learn-fact-participation = شارك أكثر من { NUMBER($people) } من سكان صوفيا في تقييم الاندماج في المدينة. واحد من كل خمسة منهم مهاجر.
learn-source-audit = <i>المصدر: تقييم الاندماج في مدينة صوفيا، integra-net.eu</i>
learn-source-crime = <i>المصدر: تقييم الاندماج في مدينة صوفيا، integra-net.eu؛ إحصاءات وزارة الداخلية البلغارية 2015–2017؛ معهد المجتمع المفتوح، التقرير السنوي 2016.</i>
