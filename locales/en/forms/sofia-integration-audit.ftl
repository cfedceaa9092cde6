# Questionnaire: dialogs/forms/sofia-integration-audit.yaml
# Ids: <form-id>-<question>, <question-id>-hint, <question-id>--<choice>, <question-id>--min/--max.

sofia-integration-audit-title = Sofia City Integration Audit: questionnaire

## Start

sofia-integration-audit-intro = This questionnaire is part of the Sofia City Integration Audit. The city asks people who came from other countries and people who have lived here for a long time how life together in Sofia is going: work, schools, housing, health, safety and public services. It takes about 10 minutes. You can skip some questions, go back, or stop and continue later. Your answers are kept without your name, as the privacy notice explains. You can see or delete them at any time with /mydata.

## About you

sofia-integration-audit-age = How old are you?
sofia-integration-audit-age-constraint = This questionnaire is for people aged 16 or older. If you are younger, please press “Cancel”.
sofia-integration-audit-gender = What is your gender?
sofia-integration-audit-gender--woman = Woman
sofia-integration-audit-gender--man = Man
sofia-integration-audit-gender--other = Other
sofia-integration-audit-gender--prefer-not-to-say = I prefer not to say

## Third-country nationals

sofia-integration-audit-years-in-sofia = How long have you lived in Sofia?
sofia-integration-audit-years-in-sofia--less-than-1 = Less than a year
sofia-integration-audit-years-in-sofia--1-to-3 = 1–3 years
sofia-integration-audit-years-in-sofia--3-to-5 = 3–5 years
sofia-integration-audit-years-in-sofia--5-to-10 = 5–10 years
sofia-integration-audit-years-in-sofia--more-than-10 = More than 10 years
sofia-integration-audit-arrival-date = When did you first arrive in Bulgaria?
sofia-integration-audit-arrival-date-hint = If you do not remember the exact day, type the first day of the month, for example 01.06.2019.
sofia-integration-audit-residence-status = What residence status do you have in Bulgaria now?
sofia-integration-audit-residence-status--permanent = Permanent residence
sofia-integration-audit-residence-status--long-term = Long-term residence
sofia-integration-audit-residence-status--extended = Extended (continuous) residence
sofia-integration-audit-residence-status--work-permit = Single work permit or EU Blue Card
sofia-integration-audit-residence-status--international-protection = Refugee or humanitarian status
sofia-integration-audit-residence-status--temporary-protection = Temporary protection
sofia-integration-audit-residence-status--asylum-procedure = I applied for protection and am waiting for a decision
sofia-integration-audit-residence-status--other = Other
sofia-integration-audit-bulgarian-level = How well do you speak Bulgarian?
sofia-integration-audit-bulgarian-level--none = Not at all
sofia-integration-audit-bulgarian-level--basic = A few words and phrases
sofia-integration-audit-bulgarian-level--intermediate = Enough for everyday situations
sofia-integration-audit-bulgarian-level--fluent = Fluently
sofia-integration-audit-language-course = Have you taken a Bulgarian language course?
sofia-integration-audit-language-course--attended = Yes, I finished a course
sofia-integration-audit-language-course--attending = Yes, I am taking one now
sofia-integration-audit-language-course--want-to = No, but I would like to
sofia-integration-audit-language-course--not-interested = No, I do not need one
sofia-integration-audit-barriers = What makes life in Sofia most difficult for you?
sofia-integration-audit-barriers-hint = Choose what matters most to you. If none of these is a problem, choose “None of these”.
sofia-integration-audit-barriers--language = The language
sofia-integration-audit-barriers--documents = Documents and administration
sofia-integration-audit-barriers--work = Finding work
sofia-integration-audit-barriers--housing = Finding a home
sofia-integration-audit-barriers--health-care = Getting health care
sofia-integration-audit-barriers--diplomas = Recognition of diplomas
sofia-integration-audit-barriers--information = Information I can understand
sofia-integration-audit-barriers--discrimination = Discrimination or hostility
sofia-integration-audit-barriers--none = None of these
sofia-integration-audit-barriers-constraint = “None of these” cannot be chosen together with other answers. Please remove one of the marks.

## Work

sofia-integration-audit-employment-status = What is your main occupation now?
sofia-integration-audit-employment-status--employed = Employed
sofia-integration-audit-employment-status--self-employed = Self-employed or own business
sofia-integration-audit-employment-status--looking-for-work = Looking for work
sofia-integration-audit-employment-status--studying = Studying
sofia-integration-audit-employment-status--retired = Retired
sofia-integration-audit-employment-status--at-home = At home, caring for family
sofia-integration-audit-employment-status--other = Other
sofia-integration-audit-job-matches-skills = How well does your work match your skills and education?
sofia-integration-audit-job-matches-skills--min = not at all
sofia-integration-audit-job-matches-skills--max = completely

## Education

sofia-integration-audit-children-school = Do you have children who go to a kindergarten or school in Sofia?
sofia-integration-audit-children-school--yes-school = Yes
sofia-integration-audit-children-school--no-school = No, they do not go to one in Sofia
sofia-integration-audit-children-school--no-children = I have no children of that age
sofia-integration-audit-school-support = How well does the kindergarten or school support your children?
sofia-integration-audit-school-support--min = very badly
sofia-integration-audit-school-support--max = very well

## Housing

sofia-integration-audit-housing-situation = Where do you live now?
sofia-integration-audit-housing-situation--own-home = In my own home
sofia-integration-audit-housing-situation--rent = In a rented home
sofia-integration-audit-housing-situation--municipal-housing = In municipal housing
sofia-integration-audit-housing-situation--shared-room = In a room in a shared flat
sofia-integration-audit-housing-situation--family-or-friends = With family or friends
sofia-integration-audit-housing-situation--centre = In a reception or integration centre
sofia-integration-audit-housing-situation--other = Other
sofia-integration-audit-housing-refused = In the past two years, has anyone in Sofia refused to rent a home to you because of your origin or nationality?

## Health

sofia-integration-audit-health-access = How easy is it for you to get health care in Sofia when you need it?
sofia-integration-audit-health-access--min = very difficult
sofia-integration-audit-health-access--max = very easy

## Safety

sofia-integration-audit-feel-safe = How safe do you feel in your neighbourhood after dark?
sofia-integration-audit-feel-safe--min = very unsafe
sofia-integration-audit-feel-safe--max = very safe
sofia-integration-audit-hostility = In the past 12 months, have you faced insults, threats or hate speech because of your origin, religion or language?
sofia-integration-audit-hostility--never = Never
sofia-integration-audit-hostility--once = Once
sofia-integration-audit-hostility--several-times = A few times
sofia-integration-audit-hostility--often = Often
sofia-integration-audit-hostility-reported = Did you report it to the police, to the ombudsperson of Sofia Municipality or to an organisation that helps people?
sofia-integration-audit-hate-speech-seen = In the past 12 months, have you seen hateful graffiti or heard hate speech against foreigners in Sofia?

## Living together

sofia-integration-audit-neighbour-contact = How often do you talk with your neighbours?
sofia-integration-audit-neighbour-contact--daily = Every day or almost every day
sofia-integration-audit-neighbour-contact--weekly = At least once a week
sofia-integration-audit-neighbour-contact--monthly = At least once a month
sofia-integration-audit-neighbour-contact--rarely = Less often
sofia-integration-audit-neighbour-contact--never = Never
sofia-integration-audit-migrant-contact = How often are you in contact with people from other countries who live in Sofia, for example at work, in your neighbourhood or at school?
sofia-integration-audit-migrant-contact--often = Often
sofia-integration-audit-migrant-contact--sometimes = Sometimes
sofia-integration-audit-migrant-contact--rarely = Rarely
sofia-integration-audit-migrant-contact--never = Never
sofia-integration-audit-migrants-view = Which view of economic migrants do you share? One view: overall, they help the state through their hard work and talent. Another view: overall, they burden the state because they take jobs and housing and use health care.
sofia-integration-audit-migrants-view--help = They help the state
sofia-integration-audit-migrants-view--burden = They burden the state
sofia-integration-audit-migrants-view--both = Both are partly true
sofia-integration-audit-migrants-view--dont-know = I do not know
sofia-integration-audit-belonging = How much do you feel at home in Sofia?
sofia-integration-audit-belonging--min = not at all
sofia-integration-audit-belonging--max = completely

## Cultural diversity and public services

sofia-integration-audit-diversity-enriches = How much do you agree: “People from different cultures make Sofia a better place to live”?
sofia-integration-audit-diversity-enriches--min = I do not agree at all
sofia-integration-audit-diversity-enriches--max = I fully agree
sofia-integration-audit-municipal-services = How satisfied are you with the services of Sofia Municipality, for example registration, social services and information?
sofia-integration-audit-municipal-services--min = very dissatisfied
sofia-integration-audit-municipal-services--max = very satisfied
sofia-integration-audit-information-session = Have you been to an information session of the ombudsperson of Sofia Municipality, for example in a migrant integration centre?

## Participation

sofia-integration-audit-participation = In the past 12 months, have you taken part in any of these in Sofia?
sofia-integration-audit-participation-hint = Count activities both in person and online.
sofia-integration-audit-participation--volunteering = Volunteering
sofia-integration-audit-participation--community-group = A community group or association
sofia-integration-audit-participation--public-consultation = A public consultation or meeting with the municipality
sofia-integration-audit-participation--neighbourhood-events = Events in my neighbourhood
sofia-integration-audit-participation--religious-community = A religious community
sofia-integration-audit-participation--none = None of these
sofia-integration-audit-participation-constraint = “None of these” cannot be chosen together with other answers. Please remove one of the marks.

## Closing

sofia-integration-audit-change-one-thing = If you could change one thing in Sofia to make living together better, what would it be?
sofia-integration-audit-place-photo = Would you like to send a photo of a place in Sofia that matters to you? It can show something good or something that should change. Please avoid photos in which people can be recognised.
