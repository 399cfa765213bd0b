namespace Sitrep.Tests.Extract.PlainText;

/// <summary>Pages we wrote in the style of the seeds (flattened scrapes of partisan and state-aligned outlets).
/// Outlets and people are invented.</summary>
internal static class SyntheticPages
{
    /// <summary>Outlet 1 (The Frontline Courier): WordPress layout, named comments with time stamps and "Reply".</summary>
    public const string CourierWithComments = """
        in ,

        Syrian Army retakes Tadmur airbase after three-day assault

        Syrian Arab Army soldiers stand near a destroyed tank outside Tadmur on March 3, 2017. AFP PHOTO / STRINGER/AFP/Getty Images

        The Syrian Arab Army has retaken the T4 airbase east of Homs after three days of fighting, the Russian Defence Ministry said on Friday.

        According to the ministry, more than 40 militants were killed and two armoured vehicles were destroyed during the assault.

        READ MORE: Russia sends engineers to clear mines in Palmyra

        Local sources told the Courier that civilians had begun returning to the villages around the base by Saturday morning.

        The base had been under siege since December, when a surprise offensive cut the road between Homs and Palmyra.

        Support the Frontline Courier on Patreon and keep independent reporting alive!

        The statements, views and opinions expressed in this column are solely those of the author and do not necessarily represent those of the Frontline Courier.

        3 Comments

        Mark Ellison says:
        March 4, 2017 at 9:12 am

        Good news at last. I hope they hold it this time.

        Reply

        Olga K. says:
        March 4, 2017 at 11:40 am

        You forget that the last time the base fell, nobody talked about it for a week.

        The western press will not report this either, you watch.

        Reply

        Mark Ellison says:
        March 5, 2017 at 8:03 am

        Fair point, Olga. We will see.

        Reply

        Leave a Reply

        Your email address will not be published. Required fields are marked *

        Russia and Turkey agree on new de-escalation map for Idlib
        Kurdish forces halt advance on Raqqa as talks resume
        """;

    /// <summary>Outlet 2 (Вестник Пальмиры), Russian: crumbs, date, photo credit, "Читайте также", Telegram appeal,
    /// a comment section with a name, a relative time and "Ответить".</summary>
    public const string RussianWithComments = """
        Главная / Новости / Сирия

        16 декабря 2016

        Сирийская армия начала наступление на Пальмиру

        Сирийская армия при поддержке российской авиации начала наступление на Пальмиру, сообщило в пятницу Министерство обороны России.

        Фото: ТАСС / Михаил Воскресенский

        По данным министерства, за сутки российские самолёты совершили более 60 вылетов и уничтожили 12 опорных пунктов боевиков.

        Читайте также: Лавров обвинил США в срыве переговоров по Алеппо

        «Операция развивается по плану, и мы не видим причин менять сроки», — заявил в пятницу представитель министерства генерал-майор Игорь Конашенков.

        Жители окрестных деревень сообщают, что боевики покидают позиции к востоку от города.

        Подписывайтесь на наш канал в Telegram!

        Комментарии

        Иван Петров

        2 часа назад

        Наконец-то. Я давно ждал этой новости.

        Ответить

        Сергей_77

        Вы слишком оптимистичны. Боевики ещё вернутся.

        Ответить
        """;

    /// <summary>Outlet 2 in English: Disqus names (" ." suffix), no comment marker at all — the article stops and readers begin.</summary>
    public const string CommentsWithoutMarker = """
        MAY 2017

        Russian jets strike convoy fleeing Raqqa

        Russian Aerospace Forces destroyed a convoy of militants leaving Raqqa on the night of May 29, the Russian Defence Ministry said on Tuesday.

        According to the ministry, the convoy of 39 vehicles was heading south towards Palmyra when it was spotted by drones.

        Ministry spokesman Igor Konashenkov said that more than 80 militants had been killed in the strikes.

        The US-led coalition has not commented on the report, which could not be independently verified.

        About time. I always said they should hit them on the road, not in the city.

        Peter Marsh .

        You really believe the ministry numbers? They say 80 every single time.

        Anna Velikaya

        Peter, the numbers were confirmed by local sources too. Read before you post.

        Peter Marsh .

        Fine, I will wait for the photos.
        """;

    /// <summary>Outlet 1 again, wpDiscuz layout: the form comes first, then name, relative time, text, vote count, "Reply".</summary>
    public const string WpDiscuzThread = """
        in ,

        Kurdish forces halt advance on Raqqa as talks resume

        The Kurdish-led Syrian Democratic Forces have halted their advance on Raqqa while talks with Damascus resume, a spokesman said on Monday.

        The spokesman said the pause would last at least a week and that positions around the city would be held.

        What do you think?

        Notify of
        guest

        2 Comments
        Inline Feedbacks
        View all comments

        John Whitehot
        4 years ago

        Russia has done more in one year than the coalition in three.

        0
        Reply

        Brad Isherwood
        4 years ago

        Agreed. The coalition never wanted to win.

        The oil fields tell the story.

        1
        Reply
        """;

    /// <summary>A Blogger post: "N comments:", "Name said...", the text, then the time under it.</summary>
    public const string BloggerThread = """
        Sunday, 5 June 2016

        Lavrov: US asked Russia to spare al-Nusra

        Russian Foreign Minister Sergey Lavrov said on Saturday that Washington had asked Moscow not to strike al-Nusra Front positions in Syria.

        The request came during a telephone call with John Kerry, the Russian Foreign Ministry said in a statement.

        2 comments:

        Anonymous said...

        Good post. The US never wanted peace in Syria.

        5 June 2016 at 14:02

        Ivan K. said...

        Thanks for reposting this.

        6 June 2016 at 09:15

        Post a Comment
        """;

    public const string German = """
        Startseite » Politik » Nahost

        Russland verlegt weitere Kampfjets nach Syrien

        Russland hat nach Angaben des Verteidigungsministeriums weitere Kampfflugzeuge auf den Stützpunkt Hmeimim in Syrien verlegt.

        Foto: dpa / Michael Kappeler

        Die Maschinen sollen die Offensive der syrischen Armee auf Deir ez-Zor aus der Luft unterstützen, sagte ein Sprecher in Moskau.

        Lesen Sie auch: Wie Moskau den Krieg in Syrien finanziert

        Beobachter gehen davon aus, dass die Verlegung mit den Verhandlungen in Astana zusammenhängt, die in der kommenden Woche fortgesetzt werden.

        Unterstützen Sie unabhängigen Journalismus – jetzt spenden!

        Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.

        Kommentar schreiben

        Keine Kommentare
        """;

    public const string Arabic = """
        الرئيسية

        روسيا تعلن مقتل 80 مسلحا قرب تدمر

        أعلنت وزارة الدفاع الروسية يوم الثلاثاء أن الطائرات الروسية دمرت قافلة للمسلحين كانت متجهة من الرقة إلى تدمر.

        وقالت الوزارة في بيان إن أكثر من 80 مسلحا قتلوا في الغارات التي استمرت طوال الليل على الطريق.

        اقرأ أيضا: لافروف يتهم واشنطن بحماية جبهة النصرة

        ولم يصدر أي تعليق من التحالف الذي تقوده الولايات المتحدة على هذه المعلومات حتى الآن.

        شارك

        اترك تعليقا

        التعليقات
        """;

    public const string Ukrainian = """
        Головна » Новини

        Росія перекидає додаткові війська до Сирії

        За даними джерел, Росія перекидає до Сирії додаткові підрозділи та важку техніку через порт Тартус.

        Фото: Reuters

        Про це повідомили в понеділок місцеві джерела, які спостерігали за розвантаженням суден у порту.

        Підтримайте нас на Patreon!

        Коментарі

        Залишити коментар
        """;

    public const string NotFound = """
        Home
        Menu
        Search

        404

        Page not found

        Oops! That page can’t be found. It looks like nothing was found at this location. Maybe try a search?

        Latest News
        Russia and Turkey agree on new de-escalation map for Idlib
        Kurdish forces halt advance on Raqqa as talks resume

        Privacy Policy
        Contact Us
        © 2017 Frontline Courier. All rights reserved.
        """;

    public const string HomePage = """
        Frontline Courier
        Home
        Syria
        Iraq
        Ukraine

        Russia and Turkey agree on new de-escalation map for Idlib
        Kurdish forces halt advance on Raqqa as talks resume
        Syrian army reaches the Euphrates east of Aleppo
        Lavrov and Kerry meet in Geneva for new round of talks

        Subscribe to our newsletter
        © 2017 Frontline Courier
        """;

    /// <summary>One page of the Frontline Courier for the template tests: three lines recur on every page.</summary>
    public static string CourierPage(string title, string first, string second) => $"""
        {title}

        {first}

        Our correspondents report from Syria, Iraq and Ukraine

        {second}

        The Frontline Courier is an independent newsroom based in Beirut and Kyiv.
        """;
}
