## "My data": what the bot keeps about a person (Arabic).

mydata-title = <b>بياناتي</b>
mydata-language = اللغة: { $name }
mydata-group = الوصف الذي اخترته: { $group }
mydata-none = غير محدد
mydata-consent = وافقت على إشعار الخصوصية بتاريخ { DATETIME($date, dateStyle: "long") }.
mydata-records =
    { $kind ->
        [answers] إجابات الاستبيان
        [responses] الاستبيانات التي بدأتها
        [votes] الأصوات في استطلاعات الرأي
        [photos] الصور
        [registrations] التسجيلات في الجلسات
        [subscriptions] مواضيع الإعلانات
       *[other] سجلات أخرى
    }: { $count }
mydata-no-consent = لا توجد موافقة منك على إشعار الخصوصية، لذلك لا أحفظ سوى لغتك.
mydata-change-group = تغيير «أيّ وصف ينطبق عليك؟»
mydata-delete = 🗑 حذف كل بياناتي
mydata-delete-confirm = هل أحذف كل ما أحفظه عنك: إجاباتك وأصواتك وصورك وموافقتك؟ لا يمكن التراجع عن ذلك. تبقى لغتك فقط، لكي أتمكن من الرد عليك.
mydata-delete-yes = نعم، حذف كل شيء
mydata-delete-no = لا، أريد الاحتفاظ بها
mydata-deleted = تم. حُذفت بياناتك. لم نحتفظ إلا بلغتك. مرحبًا بك مجددًا في أي وقت.
