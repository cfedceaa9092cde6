## "Learn more": the campaign's videos and facts from the Sofia City Integration Audit.
## The list of videos and facts, their links and figures are in dialogs/learn/content.yaml.

learn-title =
    💡 <b>Learn more</b>
    With the Sofia City Integration Audit, the city ran a campaign against common myths about migrants and refugees. The metro and tram screens showed short films about people who chose Sofia. Watch them here, or read the facts.
learn-video =
    🎬 <b>{ $title }</b>
    { $text }
learn-watch = ▶️ { $title }
learn-facts = 📊 Facts and figures
learn-videos = 🎬 Videos
learn-previous = ◀️ Back
learn-next = Next ▶️
learn-more = 💡 Learn more
learn-fact-title = 📊 <b>Fact { $number } of { $count }</b>
learn-did-you-know =
    💡 <b>Did you know?</b>
    { $fact }

learn-video-olympic-dream-title = Olympic Dream
learn-video-olympic-dream-text = Kozha is a refugee from Syria who studies dental medicine, trains in boxing and athletics, and dreams of joining the Refugee Olympic Team at the 2020 Games in Tokyo. A film by UNHCR Bulgaria.
learn-video-we-the-others-title = We, the Others
learn-video-we-the-others-text = A short documentary: four migrants tell what it is like to live in Bulgaria. Lee Jiayi from China, Mehrdad Mehdadi from Iran, Linda McKenzie-Petkova from Canada and Sitara Bakirova from Kazakhstan. Made by RiskMonitor in the INTEGRA project, funded by the EU's Asylum, Migration and Integration Fund.
learn-video-st-ana-center-title = St. Ana Center
learn-video-st-ana-center-text = The integration of refugees and the work of the St. Ana Integration Center, seen through the eyes of a refugee family from Syria. A film by Caritas Bulgaria in the SAFERR project.
learn-video-beyond-the-barriers-title = Beyond the Barriers
learn-video-beyond-the-barriers-text = Second-year book publishing students at the Faculty of Journalism and Mass Communication of Sofia University make a book with the stories of migrants and refugees from Afghanistan, Syria, Iraq, Iran and Somalia. They also made this film with the Faculty.

learn-fact-population = About { NUMBER($people_millions) } million people live in Sofia. { NUMBER($foreign_share, style: "percent", maximumFractionDigits: 1) } of them are foreign nationals.
learn-fact-students = In the academic year { $year }, { NUMBER($students) } foreign students studied in Bulgaria: about { NUMBER($share, style: "percent") } of all students.
learn-fact-threat = In 2014, { NUMBER($share_2014, style: "percent", maximumFractionDigits: 1) } of the Sofia residents interviewed linked the word “threat” with a foreigner. In 2016 it was { NUMBER($share_2016, style: "percent", maximumFractionDigits: 1) }. Most people do not see foreigners as a threat.
learn-fact-crime = From 2015 to 2017, foreign nationals were { NUMBER($country_low, style: "percent", maximumFractionDigits: 1) }–{ NUMBER($country_high, style: "percent", maximumFractionDigits: 1) } of the people found to have committed crimes in Bulgaria. In Sofia they were { NUMBER($sofia_low, style: "percent", maximumFractionDigits: 1) }–{ NUMBER($sofia_high, style: "percent", maximumFractionDigits: 1) } of those who committed crimes against people or property: not more than their share of the city's population.
learn-fact-work-permits = In { $year }, { NUMBER($permits) } migrants in Bulgaria had a work permit or an EU Blue Card, the permit for highly qualified workers.
learn-fact-participation = More than { NUMBER($people) } people in Sofia took part in the city's integration audit. One in five of them was a migrant.
learn-source-audit = <i>Source: Sofia City Integration Audit, integra-net.eu</i>
learn-source-crime = <i>Source: Sofia City Integration Audit, integra-net.eu; Ministry of Interior statistics 2015–2017; Open Society Institute, annual report 2016.</i>
