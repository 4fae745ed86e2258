#!/usr/bin/env python3
"""Generates synthetic news articles for Sift's benchmarks.

Writes, under OUT:
  scraped/batch-NNNNN.txt  the articles in the scraped-text format (title, caption twice, TT, 20,
                           title, caption twice, paragraphs), --per-file articles to a file
  rows.csv                 the same articles as Sift stores them (uid, title, body with paragraphs
                           joined by a blank line, captions as a JSON array, source file), for a
                           bulk load with the sqlite3 shell; no header line
  queries.txt              --queries FTS5 queries drawn from the same vocabulary, one a line

Python standard library only; the same --seed gives the same bytes. Articles are written as they
are made, so memory stays flat whatever --count is.
"""

import argparse
import csv
import hashlib
import json
import math
import os
import random
import re
import sys

# --- vocabulary -----------------------------------------------------------------------------------

# (country, demonym, capital, other cities)
COUNTRIES = [
    ("Syria", "Syrian", "Damascus", ["Aleppo", "Homs", "Idlib", "Deir Ezzor", "Raqqa", "Latakia", "Daraa"]),
    ("Iraq", "Iraqi", "Baghdad", ["Basra", "Mosul", "Erbil", "Kirkuk", "Najaf", "Fallujah", "Sulaimaniyah"]),
    ("Lebanon", "Lebanese", "Beirut", ["Tripoli", "Sidon", "Tyre", "Baalbek", "Nabatieh"]),
    ("Jordan", "Jordanian", "Amman", ["Zarqa", "Irbid", "Aqaba", "Mafraq"]),
    ("Egypt", "Egyptian", "Cairo", ["Alexandria", "Giza", "Port Said", "Suez", "Luxor", "Aswan", "Ismailia"]),
    ("Libya", "Libyan", "Tripoli", ["Benghazi", "Misrata", "Sirte", "Derna", "Sabha", "Tobruk"]),
    ("Tunisia", "Tunisian", "Tunis", ["Sfax", "Sousse", "Kairouan", "Gabes", "Bizerte"]),
    ("Algeria", "Algerian", "Algiers", ["Oran", "Constantine", "Annaba", "Blida", "Setif"]),
    ("Morocco", "Moroccan", "Rabat", ["Casablanca", "Marrakesh", "Fez", "Tangier", "Agadir", "Oujda"]),
    ("Sudan", "Sudanese", "Khartoum", ["Omdurman", "Port Sudan", "El Fasher", "Nyala", "Kassala", "El Obeid"]),
    ("Yemen", "Yemeni", "Sanaa", ["Aden", "Hodeidah", "Taiz", "Marib", "Mukalla", "Saada"]),
    ("Saudi Arabia", "Saudi", "Riyadh", ["Jeddah", "Mecca", "Medina", "Dammam", "Tabuk", "Abha", "NEOM"]),
    ("the United Arab Emirates", "Emirati", "Abu Dhabi", ["Dubai", "Sharjah", "Ajman", "Fujairah"]),
    ("Qatar", "Qatari", "Doha", ["Al Wakrah", "Lusail", "Al Khor"]),
    ("Kuwait", "Kuwaiti", "Kuwait City", ["Jahra", "Ahmadi", "Hawalli"]),
    ("Bahrain", "Bahraini", "Manama", ["Muharraq", "Riffa", "Isa Town"]),
    ("Oman", "Omani", "Muscat", ["Salalah", "Sohar", "Nizwa", "Duqm"]),
    ("Iran", "Iranian", "Tehran", ["Isfahan", "Mashhad", "Tabriz", "Shiraz", "Bandar Abbas", "Natanz", "Qom"]),
    ("Türkiye", "Turkish", "Ankara", ["Istanbul", "Izmir", "Gaziantep", "Diyarbakır", "Antalya", "Adana"]),
    ("Israel", "Israeli", "Jerusalem", ["Tel Aviv", "Haifa", "Ashdod", "Eilat", "Beersheba"]),
    ("the Palestinian territories", "Palestinian", "Ramallah", ["Gaza City", "Khan Younis", "Rafah", "Jenin",
                                                                 "Nablus", "Hebron", "Tulkarm", "Deir al-Balah"]),
    ("Russia", "Russian", "Moscow", ["St. Petersburg", "Kazan", "Belgorod", "Kursk", "Rostov-on-Don", "Sochi"]),
    ("Ukraine", "Ukrainian", "Kyiv", ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Kherson", "Lviv", "Pokrovsk"]),
    ("the United States", "American", "Washington", ["New York", "Chicago", "Houston", "Los Angeles", "Miami"]),
    ("China", "Chinese", "Beijing", ["Shanghai", "Shenzhen", "Guangzhou", "Wuhan", "Chengdu", "Tianjin"]),
    ("France", "French", "Paris", ["Marseille", "Lyon", "Toulouse", "Nice", "Strasbourg"]),
    ("Germany", "German", "Berlin", ["Munich", "Hamburg", "Frankfurt", "Cologne", "Stuttgart"]),
    ("Britain", "British", "London", ["Manchester", "Birmingham", "Glasgow", "Liverpool", "Leeds"]),
    ("Italy", "Italian", "Rome", ["Milan", "Naples", "Turin", "Palermo", "Lampedusa"]),
    ("Spain", "Spanish", "Madrid", ["Barcelona", "Valencia", "Seville", "Ceuta", "Melilla"]),
    ("Greece", "Greek", "Athens", ["Thessaloniki", "Piraeus", "Lesbos", "Crete"]),
    ("Pakistan", "Pakistani", "Islamabad", ["Karachi", "Lahore", "Peshawar", "Quetta", "Rawalpindi"]),
    ("Afghanistan", "Afghan", "Kabul", ["Kandahar", "Herat", "Mazar-i-Sharif", "Jalalabad", "Kunduz"]),
    ("India", "Indian", "New Delhi", ["Mumbai", "Bengaluru", "Kolkata", "Chennai", "Hyderabad", "Srinagar"]),
    ("Ethiopia", "Ethiopian", "Addis Ababa", ["Mekelle", "Gondar", "Bahir Dar", "Dire Dawa"]),
    ("Somalia", "Somali", "Mogadishu", ["Kismayo", "Baidoa", "Beledweyne", "Garowe", "Hargeisa"]),
    ("Mali", "Malian", "Bamako", ["Timbuktu", "Gao", "Kidal", "Mopti", "Segou"]),
    ("Niger", "Nigerien", "Niamey", ["Agadez", "Zinder", "Maradi", "Tillaberi"]),
    ("Nigeria", "Nigerian", "Abuja", ["Lagos", "Kano", "Maiduguri", "Port Harcourt", "Ibadan"]),
    ("Chad", "Chadian", "N'Djamena", ["Abeche", "Moundou", "Sarh"]),
    ("Eritrea", "Eritrean", "Asmara", ["Massawa", "Assab", "Keren"]),
    ("South Sudan", "South Sudanese", "Juba", ["Malakal", "Wau", "Bor", "Bentiu"]),
    ("Armenia", "Armenian", "Yerevan", ["Gyumri", "Vanadzor", "Goris"]),
    ("Azerbaijan", "Azerbaijani", "Baku", ["Ganja", "Sumgait", "Shusha", "Khankendi"]),
    ("Georgia", "Georgian", "Tbilisi", ["Batumi", "Kutaisi", "Rustavi"]),
    ("Japan", "Japanese", "Tokyo", ["Osaka", "Yokohama", "Nagoya", "Sapporo"]),
    ("South Korea", "South Korean", "Seoul", ["Busan", "Incheon", "Daegu"]),
    ("North Korea", "North Korean", "Pyongyang", ["Wonsan", "Hamhung", "Kaesong"]),
    ("Venezuela", "Venezuelan", "Caracas", ["Maracaibo", "Valencia", "Barquisimeto"]),
    ("Brazil", "Brazilian", "Brasilia", ["Sao Paulo", "Rio de Janeiro", "Salvador", "Manaus"]),
    ("Mexico", "Mexican", "Mexico City", ["Guadalajara", "Monterrey", "Tijuana", "Culiacan"]),
    ("Cyprus", "Cypriot", "Nicosia", ["Limassol", "Larnaca", "Paphos"]),
    ("Belarus", "Belarusian", "Minsk", ["Brest", "Gomel", "Grodno"]),
    ("Poland", "Polish", "Warsaw", ["Krakow", "Gdansk", "Rzeszow", "Wroclaw"]),
    ("Kenya", "Kenyan", "Nairobi", ["Mombasa", "Kisumu", "Garissa", "Lamu"]),
]

ORGS = [
    ("the United Nations", "UN"), ("the UN Security Council", "Security Council"),
    ("the International Atomic Energy Agency", "IAEA"), ("the World Health Organization", "WHO"),
    ("the International Monetary Fund", "IMF"), ("the World Bank", "World Bank"),
    ("the European Union", "EU"), ("NATO", "NATO"), ("the African Union", "African Union"),
    ("the Arab League", "Arab League"), ("the Gulf Cooperation Council", "GCC"),
    ("the International Committee of the Red Cross", "ICRC"), ("the World Food Programme", "WFP"),
    ("UNICEF", "UNICEF"), ("the UN refugee agency", "UNHCR"), ("Amnesty International", "Amnesty"),
    ("Human Rights Watch", "HRW"), ("OPEC", "OPEC"), ("the International Criminal Court", "ICC"),
    ("Doctors Without Borders", "MSF"), ("the Organization of Islamic Cooperation", "OIC"),
    ("the International Energy Agency", "IEA"), ("the Syrian Observatory for Human Rights", "Observatory"),
    ("the Norwegian Refugee Council", "NRC"), ("the International Organization for Migration", "IOM"),
]

ROLES = [
    "President", "Prime Minister", "Foreign Minister", "Defense Minister", "Interior Minister",
    "Finance Minister", "Energy Minister", "Health Minister", "Economy Minister", "Oil Minister",
    "Justice Minister", "army spokesman", "government spokesman", "military spokesperson",
    "senior official", "central bank governor", "parliament speaker", "opposition leader",
    "national security adviser", "UN envoy", "chief negotiator", "ambassador", "army chief of staff",
    "police chief", "governor", "deputy prime minister", "presidential adviser", "party leader",
]

FIRST_NAMES = """
Ahmed Mohammed Ali Hassan Hussein Omar Khaled Youssef Ibrahim Mahmoud Mustafa Abdullah Faisal Nasser
Tariq Walid Ziad Samir Karim Rami Bassam Hisham Adel Amr Sameh Nabil Fouad Hamad Saud Turki Sultan
Majid Jassim Rashid Saeed Yahya Abdulaziz Abdulrahman Salman Badr Fahd Mansour Hamdan Marwan Nizar
Fatima Aisha Mariam Leila Noura Rania Hind Salma Dalia Reem Huda Amal Lina Yasmin Zeinab Mona Sara
Abbas Ali-Reza Hossein Javad Mehdi Masoud Mojtaba Ebrahim Kazem Esmail Abbas Ismail Recep Hakan Mevlut
Ibrahim Kemal Fidan Vladimir Sergei Dmitry Maria Andrei Yuri Nikolai Volodymyr Andriy Oleksandr Olena
Dmytro Rustem Denys Antony Marco Emmanuel Olaf Keir Rishi Giorgia Pedro Kyriakos Ursula Josep Kaja
Antonio Volker Martin Jens Mark Donald Joe Kamala Lloyd Jake John Linda Karine Matthew Wang Xi Li Yi
Narendra Shehbaz Asim Ishaq Abiy Redwan Hassan Abdel Fattah Mohamed Hamdan Salva Riek Ilham Nikol
Bola Kassim Assimi Abdourahamane Mahamat William Shavkat Luiz Claudia Nicolas Yoon Fumio Kim
""".split()

# Surnames: a few hundred real ones; World builds thousands more from syllables.
LAST_NAMES = """
Al-Sudani Al-Assad Al-Sharaa Mikati Salam Aoun Berri Geagea Jumblatt Nasrallah Qassem Safadi Khasawneh
Sisi Madbouly Abdelatty Dbeibah Haftar Menfi Saied Tebboune Attaf Bourita Akhannouch Burhan Dagalo
Hamdok Al-Alimi Bin Mubarak Al-Houthi Abdulsalam Grundberg Bin Salman Bin Farhan Al-Jubeir Al-Falih
Bin Zayed Gargash Al-Thani Al-Khulaifi Al-Ansari Al-Sabah Al-Yahya Al-Khalifa Al-Zayani Al-Busaidi
Pezeshkian Araghchi Khamenei Larijani Ghalibaf Baghaei Salami Bagheri Kanaani Grossi Eslami Erdogan
Fidan Kalin Yilmaz Celik Demir Kaya Sahin Ozturk Aydin Netanyahu Gallant Katz Herzog Smotrich Ben-Gvir
Gantz Lapid Sinwar Haniyeh Abbas Mustafa Shtayyeh Hamdan Barghouti Mashal Putin Lavrov Peskov Shoigu
Gerasimov Zakharova Belousov Medvedev Ushakov Nebenzia Zelenskiy Sybiha Yermak Syrskyi Umerov Kuleba
Shmyhal Budanov Podolyak Rubio Witkoff Hegseth Vance Blinken Austin Sullivan Miller Kirby Leavitt
Guterres Dujarric Tedros Georgieva Banga Borrell Kallas Costa Rutte Stoltenberg Macron Barrot Scholz
Baerbock Merz Starmer Lammy Meloni Tajani Sanchez Albares Mitsotakis Sharif Dar Munir Akhundzada
Muttaqi Mujahid Modi Jaishankar Ahmed Abiy Mohamud Barre Goita Tiani Deby Kiir Machar Aliyev
Bayramov Pashinyan Mirzoyan Kobakhidze Lukashenko Tusk Sikorski Duda Ruto Mudavadi Lula Sheinbaum
Maduro Gil Ishiba Iwaya Yoon Lee Kim Choe Wang Lin Jian Mao Ning Fletcher Lazzarini Egeland Abu Marzouk
Haddad Khoury Nassar Saleh Mansour Qasim Hamid Karimi Rahimi Hosseini Mousavi Tabatabai Jafari
Farouk Naji Rahman Shaikh Qureshi Malik Siddiqui Hakimi Popal Stanekzai Orlov Volkov Sokolov Kuznetsov
Morozov Petrenko Kovalenko Bondarenko Tkachenko Shevchenko Melnyk Dubois Lefebvre Moreau Becker Wagner
Schmidt Fischer Rossi Romano Bianchi Garcia Fernandez Lopez Papadopoulos Georgiou Nikolaidis
""".split()

SURNAME_PREFIXES = ["Al-", "", "", "", "", "Abu ", "Bin ", "El-"]

CREDITS = [
    "Reuters", "AFP", "AP", "EPA", "Asharq Al-Awsat", "SPA", "WAM", "Anadolu", "AFP via Getty Images",
    "Reuters, File", "AP Photo, File", "EPA-EFE", "Xinhua", "Sputnik", "DPA", "handout via Reuters",
]
PHOTOGRAPHERS = """
Hussein Malla, Bilal Hussein, Omar Sanadiki, Khalil Hamra, Ariel Schalit, Leo Correa, Vahid Salemi,
Efrem Lukatsky, Evgeniy Maloletka, Jacquelyn Martin, Evan Vucci, Michel Euler, Amr Nabil, Mosa'ab Elshamy,
Hani Mohammed, Jerome Delay, Ebrahim Noroozi, Burhan Ozbilici, Alexander Zemlianichenko, Hadi Mizban
""".replace("\n", " ").split(", ")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTHS_SHORT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
                "Dec."]
SAID = ["said", "said", "said", "told reporters", "said in a statement", "told Reuters", "wrote on X",
        "told a news conference", "said in a televised address", "told state television", "added",
        "told Asharq Al-Awsat", "said on Telegram", "told AFP", "warned", "stressed", "noted"]
WHEN = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
        "late on Monday", "early on Tuesday", "on Wednesday evening", "overnight", "this week", "last week",
        "earlier this month", "last month", "in recent days", "on Friday night", "at dawn on Sunday"]
SOURCES = ["a security source", "two diplomatic sources", "local officials", "medical sources",
           "residents", "a government statement", "state media", "the official news agency",
           "witnesses", "a senior military official", "three people familiar with the matter",
           "a spokesperson for the ministry", "hospital officials", "the civil defense"]
HEDGES = ["It was not immediately clear", "It remains unclear", "Officials did not say",
          "There was no immediate comment on", "Reuters could not independently verify",
          "Analysts say it is too early to know"]
ADVERBS = ["sharply", "gradually", "repeatedly", "again", "publicly", "privately", "formally",
           "swiftly", "quietly", "firmly", "openly", "directly", "reportedly", "temporarily"]

# Each topic: noun phrases, things that happened (past tense), things someone may do (infinitive),
# adjectives, and one-word keywords that headlines lean on.
TOPICS = {
    "conflict": dict(
        np=["the ceasefire", "the offensive", "the truce", "the front line", "the airstrikes", "the shelling",
            "the drone attacks", "the ground incursion", "the siege", "the militias", "the armed factions",
            "the border crossing", "the military operation", "the rocket fire", "the buffer zone",
            "the prisoner exchange", "the security forces", "the insurgents", "the artillery barrage",
            "the missile strikes", "the humanitarian corridor", "the clashes", "the ambush", "the convoy"],
        past=["launched a wave of drone strikes on", "shelled residential areas of", "captured several villages near",
              "repelled an attack on", "intercepted missiles fired at", "withdrew troops from", "sent reinforcements to",
              "imposed a curfew in", "struck weapons depots near", "reported heavy fighting around",
              "evacuated civilians from", "laid siege to", "opened fire on positions near", "downed a drone over"],
        do=["halt the offensive", "respect the ceasefire", "withdraw its forces", "open humanitarian corridors",
            "stop the shelling", "release the detainees", "allow aid convoys through", "disarm the militias",
            "secure the border", "retaliate", "de-escalate", "return to the truce lines"],
        adj=["deadly", "heavy", "sporadic", "intense", "cross-border", "fierce", "renewed", "unprecedented"],
        kw=["Ceasefire", "Airstrike", "Drone", "Offensive", "Clashes", "Shelling", "Truce", "Militants",
            "Attack", "Troops"]),
    "diplomacy": dict(
        np=["the talks", "the negotiations", "the peace plan", "the summit", "the mediation efforts",
            "the normalization deal", "the bilateral relations", "the joint statement", "the roadmap",
            "the framework agreement", "the diplomatic push", "the envoy's visit", "the sanctions",
            "the embassy", "the delegation", "the memorandum of understanding", "the security guarantees"],
        past=["held talks with", "received a phone call from", "hosted a delegation from", "signed an agreement with",
              "summoned the ambassador of", "restored diplomatic ties with", "expelled diplomats from",
              "welcomed the initiative by", "criticized the position of", "opened an embassy in",
              "proposed a new framework to", "exchanged messages with"],
        do=["resume the talks", "reach a deal", "lift the sanctions", "restore relations", "reopen embassies",
            "sign the agreement", "mediate between the parties", "host the next round", "ease tensions",
            "build confidence", "guarantee the accord", "support a political solution"],
        adj=["constructive", "frank", "positive", "tense", "historic", "indirect", "stalled", "landmark"],
        kw=["Talks", "Summit", "Envoy", "Deal", "Mediation", "Sanctions", "Agreement", "Visit", "Relations"]),
    "economy": dict(
        np=["inflation", "the currency", "the budget deficit", "the exchange rate", "foreign reserves",
            "the bailout", "the loan program", "public debt", "economic growth", "interest rates",
            "the stock market", "food prices", "unemployment", "foreign investment", "the subsidy reform",
            "fuel prices", "the trade balance", "remittances", "the privatization plan", "bond yields"],
        past=["devalued", "raised interest rates in", "approved a loan for", "announced austerity measures in",
              "cut fuel subsidies in", "signed investment deals worth billions with", "reported record exports to",
              "downgraded the credit rating of", "unveiled a stimulus package for", "froze assets linked to"],
        do=["curb inflation", "stabilize the currency", "attract investment", "reduce the deficit",
            "restructure the debt", "raise salaries", "boost exports", "diversify the economy",
            "protect the poor", "unlock the next tranche"],
        adj=["annual", "soaring", "sluggish", "record", "modest", "steep", "fragile", "robust"],
        kw=["Inflation", "Currency", "Economy", "Budget", "Loan", "Investment", "Growth", "Debt", "Prices"]),
    "energy": dict(
        np=["oil output", "gas exports", "the pipeline", "crude prices", "the refinery", "electricity supply",
            "the power grid", "renewable energy", "the LNG terminal", "the production cuts", "fuel shortages",
            "the offshore field", "nuclear power", "the solar project", "the hydrogen plant"],
        past=["cut oil output to", "resumed gas flows to", "signed a supply deal with", "halted exports to",
              "discovered a gas field off", "inaugurated a power plant in", "extended production cuts with",
              "raised official selling prices for"],
        do=["raise production", "meet demand", "end the blackouts", "secure supplies", "cut emissions",
            "expand capacity", "reach net zero", "export electricity"],
        adj=["daily", "voluntary", "massive", "strategic", "renewable", "rolling", "planned", "offshore"],
        kw=["Oil", "Gas", "OPEC+", "Pipeline", "Energy", "Blackouts", "Crude", "Power"]),
    "politics": dict(
        np=["the elections", "the parliament", "the new government", "the cabinet", "the constitution",
            "the opposition", "the ruling party", "the coalition", "the referendum", "the protests",
            "the vote count", "the transitional council", "the presidential race", "the reform bill",
            "the state of emergency", "the general amnesty", "the national dialogue"],
        past=["called early elections in", "dissolved the parliament of", "formed a new cabinet in",
              "cracked down on protesters in", "won a majority in", "boycotted the vote in",
              "approved constitutional amendments in", "arrested opposition figures in"],
        do=["form a government", "hold free elections", "respect the results", "end the political deadlock",
            "amend the constitution", "release political prisoners", "step down", "launch a national dialogue"],
        adj=["contested", "snap", "parliamentary", "presidential", "peaceful", "violent", "fragile", "interim"],
        kw=["Elections", "Parliament", "Government", "Protests", "Vote", "Cabinet", "Opposition", "Reform"]),
    "humanitarian": dict(
        np=["the humanitarian crisis", "the aid deliveries", "the displaced families", "the refugee camps",
            "food insecurity", "the famine", "the cholera outbreak", "the shelters", "the water supply",
            "the field hospitals", "the relief convoys", "the malnutrition rates", "the returnees",
            "the asylum seekers", "the migrant boats", "the reconstruction effort"],
        past=["delivered aid to", "warned of famine in", "evacuated wounded patients from", "suspended operations in",
              "appealed for funds for", "set up field hospitals in", "resettled refugees from",
              "rescued migrants off"],
        do=["scale up the response", "reach the besieged areas", "fund the appeal", "protect civilians",
            "reopen the crossings", "prevent a famine", "return the refugees", "rebuild the hospitals"],
        adj=["dire", "catastrophic", "acute", "urgent", "severe", "worsening", "unprecedented", "massive"],
        kw=["Aid", "Famine", "Refugees", "Displaced", "Hunger", "Cholera", "Migrants", "Relief"]),
    "justice": dict(
        np=["the trial", "the verdict", "the investigation", "the arrest warrant", "the corruption case",
            "the extradition request", "the death sentence", "the appeals court", "the charges",
            "the war crimes inquiry", "the detention", "the fact-finding mission"],
        past=["sentenced", "charged officials in", "opened an investigation into", "issued arrest warrants for",
              "acquitted defendants from", "extradited suspects to", "detained activists in"],
        do=["hold the perpetrators accountable", "release the detainees", "cooperate with the court",
            "overturn the verdict", "investigate the killings", "guarantee a fair trial"],
        adj=["independent", "international", "military", "criminal", "high-profile", "secret", "final"],
        kw=["Court", "Trial", "Verdict", "Arrest", "Investigation", "Corruption", "Charges", "Prison"]),
    "nuclear": dict(
        np=["the nuclear program", "uranium enrichment", "the inspectors", "the nuclear deal",
            "the enrichment levels", "the centrifuges", "the snapback mechanism", "the stockpile",
            "the safeguards agreement", "the ballistic missiles"],
        past=["restricted inspectors' access to", "expanded enrichment at", "resumed nuclear talks with",
              "tested a ballistic missile over", "reported uranium traces at"],
        do=["return to the deal", "allow inspections", "cap enrichment", "answer the agency's questions",
            "refrain from escalation", "trigger the snapback"],
        adj=["nuclear", "ballistic", "weapons-grade", "civilian", "undeclared", "technical"],
        kw=["Nuclear", "Uranium", "Enrichment", "Inspectors", "Missile", "IAEA"]),
}
TOPIC_WEIGHTS = {"conflict": 30, "diplomacy": 22, "politics": 14, "economy": 12, "humanitarian": 10,
                 "energy": 5, "justice": 4, "nuclear": 3}

# Sentences any story may use. Each article draws on its own subset of these (a reporter's habits),
# so no template's wording ends up in nearly every article.
GENERIC_TEMPLATES = [
    "{Official} {said} {when} that {np} in {city} would {do} {soon}.",
    "{Official} {said} {country_name} was ready to {do}, but only if {other_country} agreed to {do2}.",
    "\"{quote},\" {Official} {said}.",
    "\"{quote},\" {surname} {said}, adding that {np2} had been discussed \"{adv} and in detail\".",
    "\"{quote}. {quote2},\" {pronoun_lower} {said}.",
    "At least {n} people were killed and {n2} wounded in {locality} {when}, {source} said.",
    "{source_cap} said {np} had {adv} affected the lives of about {n3} people in {city}.",
    "{org} {said} {when} that {np} in {country_name} could {worsen} unless {other_country} moved to {do}.",
    "{hedge} whether {np} would hold, and {org_short} officials {declined}.",
    "{surname} is expected to travel to {capital2} {next_time} to discuss {np} and {np2}.",
    "Since {month}, {n3} people have left {locality}, most of them women and children, {org_short} said.",
    "Officials in {capital} have repeatedly denied the claims, saying {np} {was_verb} {adj} and legal.",
    "Analysts say {np} reflects {adj} pressure on {country_name} to {do} before {month}.",
    "The figures could not be independently verified by {outlet}.",
    "In a separate development, {Official2} {said} {when} that {np2} was \"{adj2} but manageable\".",
    "The ministry put the cost of {np} at {money}, up from {money2} a year earlier.",
    "Speaking to reporters {when}, {Official} declined to give a timeline for {np}.",
    "Residents of {locality} described {adj} scenes as {np} spread to {place2}.",
    "The announcement came as {org_short} called on all sides to {do} and {do2}.",
    "{Official} met {Official2} in {capital} {when} to review {np}.",
    "{source_cap} told {outlet} that {np} was likely to be raised at the meeting in {capital2} next {month}.",
    "\"{quote},\" said {full_name}, a {profession} in {locality}.",
    "{full_name}, {age}, said {pronoun_lower} had not been paid for {n5} months.",
    "The {adj} move drew criticism from {org_short}, which said it would {worsen_inf} {np}.",
    "{Official} said the government had set up a committee to look into {np}.",
    "A spokesman for {group} said the group would {do} only after {np} was settled.",
    "{group_cap} has not commented on the reports.",
    "The statement gave no further details, and calls to {group} went unanswered.",
    "Earlier, {Official2} had described {np} as a \"red line\".",
    "It was the first visit by {demonym} officials to {capital2} since {year_ago}.",
    "Local media in {city} reported long queues outside bakeries and petrol stations.",
    "{surname}'s office said {pronoun_lower} had spoken by phone with {full_name2}.",
    "Diplomats in {capital} said privately that {np} was unlikely to change soon.",
    "A video circulated on social media appeared to show {np} in {locality}.",
    "The footage, which appeared to be filmed in {locality}, could not be verified.",
    "Opposition lawmakers in {capital} accused the government of mishandling {np}.",
    "Prices of bread and cooking gas in {city} have risen by {pct} percent since {month}.",
    "The road between {city} and {locality} was closed for several hours, witnesses said.",
    "{org} said it had documented {n2} cases in {locality} alone.",
    "Asked about {np}, {surname} said: \"{quote}.\"",
    "Neither side has published the text of the agreement.",
    "{Country_demonym} media quoted {full_name} as saying {np} was \"{adj2}\".",
    "It was the {ordinal} such incident in {locality} since {month}.",
    "The meeting in {capital2} lasted more than {n5} hours, a source present said.",
    "{full_name}, who heads {group}, rejected the accusations as \"baseless\".",
    "Shops in the old market of {city} stayed shut for a {ordinal} day.",
    "{org} has repeatedly warned that {np} could {worsen}.",
    "The {year_ago} agreement gave {country_name} a role in overseeing {np}.",
    "Officials said {n4} suspects had been detained in {locality} in connection with {np}.",
    "Talks between {country_name} and {other_country} have stalled over {np} and {np2}.",
]
# Sentences that belong to one kind of story.
TOPIC_TEMPLATES = {
    "conflict": [
        "{Country_demonym} forces {past} {place} {when}, according to {source}.",
        "The {adj} {kw_lower} came {time_ref} after {Official2} {past} {place2}.",
        "Fighters from {group} said they had {past} {locality}.",
        "The army said it had killed {n} members of {group} in {locality}.",
        "Medics in {city} said the hospital had received {n2} wounded, many of them children.",
        "{group_cap} claimed responsibility for the attack in a statement posted on Telegram.",
        "Artillery fire could be heard in {locality} throughout the night, residents said.",
        "{Country_demonym} officials have long accused {other_country} of backing {group}, a charge it rejects.",
    ],
    "diplomacy": [
        "The talks in {capital} focused on {np}, {np2} and ways to {do}, the statement said.",
        "The {ordinal} round of talks ended {when} without a breakthrough on {np}.",
        "According to {source}, the {n4}-member delegation arrived in {city} {when}.",
        "{Official} handed {Official2} a written message from the {demonym} leadership.",
        "Both sides agreed to form a joint committee on {np}, the foreign ministry said.",
        "The envoy is due to brief the Security Council on {np} {next_time}.",
    ],
    "economy": [
        "{group_cap} said its profit fell {pct} percent as {np} weighed on demand.",
        "The central bank in {capital} kept its benchmark rate unchanged at {pct2} percent.",
        "Traders in {city} said {np} had pushed up the price of imported goods.",
        "The government expects growth of {pct2} percent this year, down from an earlier forecast.",
        "{group_cap} plans to invest {money} in {locality} over the next five years.",
    ],
    "energy": [
        "{group_cap} said output at its field near {locality} had reached {n3} barrels per day.",
        "Power cuts in {city} now last up to {n5} hours a day, residents said.",
        "The deal with {group} covers supplies until {year_ahead}.",
        "Brent crude futures rose {pct2} percent after the announcement.",
    ],
    "politics": [
        "Turnout was {pct} percent, the electoral commission said.",
        "{group_cap} won {n4} of the {n2} seats, according to preliminary results.",
        "Hundreds of protesters gathered in the main square of {city} {when}.",
        "The speaker of parliament said the vote on {np} would be held {next_time}.",
    ],
    "humanitarian": [
        "About {n3} people are sheltering in schools and mosques in {locality}, {org_short} said.",
        "The convoy of {n4} trucks reached {locality} {when}, carrying flour, medicine and fuel.",
        "{org} said it needed {money} to cover needs until the end of the year.",
        "Water in {locality} is being trucked in from {city}, residents said.",
    ],
    "justice": [
        "The court in {capital} adjourned the hearing until {month}.",
        "Lawyers for {full_name} said they would appeal the ruling.",
        "Prosecutors accuse the defendants of links to {group}.",
        "The case has drawn criticism from {org_short}, which called it politically motivated.",
    ],
    "nuclear": [
        "Inspectors last visited the site near {locality} in {month}, the agency said.",
        "{Official} said enrichment at the site had reached {pct} percent purity.",
        "The agency's board is due to meet in Vienna {next_time}.",
    ],
}
QUOTES = [
    "We will not accept {np} under any circumstances",
    "There is no military solution, only a political one",
    "The priority now is to {do}",
    "We call on the international community to {do}",
    "Our position on {np} has not changed",
    "This is a dangerous escalation that threatens the whole region",
    "We are ready to {do} if the other side is serious",
    "The situation in {city} is {adj2} and getting worse every day",
    "Nobody wants a wider war",
    "We have lost everything, our homes, our work, our children's schools",
    "{np_cap} must be discussed without preconditions",
    "The coming days will be decisive",
    "We have asked {org} to {do}",
    "This is not the first time and it will not be the last",
    "We will respond at the time and place of our choosing",
    "People cannot afford bread any more",
]
TITLE_TEMPLATES = [
    "{Country} Says {Other} {Past_short} {Kw}",
    "{Org_short} Warns of {Adj} {Kw} in {Country}",
    "{Surname} Vows to {Do}",
    "{N} Killed in {Adj} {Kw} on {City}",
    "{Surname}, {Surname2} Discuss {Np} in {Capital}",
    "{Country} Denies Role in {Kw} Near {City}",
    "{Demonym} {Kw} Talks Stall Over {Np}",
    "{Org_short} Calls on {Country} to {Do}",
    "{City} Residents Fear {Adj} {Kw} as {Np} Falters",
    "Exclusive: {Country} Weighs {Np} After {Kw} in {City}",
    "{Surname} Neither Confirms Nor Denies {Kw} Report",
    "{Demonym} {Role} Heads to {Capital2} for Talks on {Np}",
    "What's Next for {Country} After {Adj} {Kw}?",
    "{Country}, {Other} Agree to {Do}",
    "{Kw} in {City}: {N} Dead, Dozens Wounded",
    "{N} Killed as {Kw} Hits {Locality}",
    "{Group_cap} Says It Will {Do}",
]
CAPTION_TEMPLATES = [
    "{Role_cap} {full_name} speaks during a news conference in {capital}, {country_name}, {date}. ({credit})",
    "FILE - {Role_cap} {full_name} attends a meeting in {capital}, {date}. ({credit})",
    "Smoke rises over {city} after {adj} {kw_lower}, {date}. ({credit})",
    "People gather at the site of {adj} {kw_lower} in {city}, {country_name}, {date}. ({credit})",
    "Displaced families queue for food aid at a camp near {city}, {date}. ({photographer} via {short_credit})",
    "{Role_cap} {full_name} meets {Role2} {full_name2} in {capital2}, {date}. ({credit})",
    "A view shows damaged buildings in {city}, {country_name}, {date}. ({credit})",
    "Members of the security forces stand guard in {city}, {date}. ({photographer}/{short_credit}, File)",
]
PROFESSIONS = ["teacher", "shopkeeper", "taxi driver", "nurse", "farmer", "student", "doctor", "engineer",
               "fisherman", "civil servant", "mother of four", "retired officer", "baker", "pharmacist"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "latest", "final", "first"]
OUTLETS = ["Reuters", "AFP", "The Associated Press", "Asharq Al-Awsat", "the BBC", "Al Arabiya"]

SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "nor", "of", "on", "or", "the", "to", "with",
               "over", "after", "near"}


def title_case(text):
    words = text.split(" ")
    out = []
    for i, w in enumerate(words):
        if i > 0 and w.lower() in SMALL_WORDS:
            out.append(w.lower())
        elif w[:1].islower():
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(w)
    return " ".join(out)


def strip_the(np):
    return np[4:] if np.startswith("the ") else np


# --- the world: recurring people, built once from the seed ---------------------------------------

ONSETS = ["b", "d", "f", "gh", "h", "j", "k", "kh", "l", "m", "n", "q", "r", "s", "sh", "t", "th", "w", "y",
          "z", "dr", "br", "v", "g", "ts"]
VOWELS = ["a", "a", "i", "u", "e", "o", "ai", "ou", "aa", "ei"]
CODAS = ["", "", "", "n", "r", "m", "l", "sh", "b", "d", "k", "t", "z", "f"]
LOCALITY_PREFIXES = ["Tal", "Deir", "Kafr", "Beit", "Ain", "Jabal", "Wadi", "Khirbet", "Bir", "Ras", "Umm",
                     "Qasr", "Bab", "Jisr", "Hay", "Nahr", "Tell", "Abu", "Al", "Sheikh", "Mazraat", "Qaryat",
                     "", "", "", "", "", ""]
GROUP_KINDS = ["the {} Brigade", "the {} Movement", "{} Petroleum", "{} Holding", "the {} Party",
               "the {} Front", "{} Bank", "{} Group", "the {} Tribal Council", "{} Telecom", "{} Cement",
               "the {} Foundation", "the {} Battalion", "{} Shipping", "the {} Alliance"]


def zipf_weights(n, s):
    return [1.0 / (i + 1) ** s for i in range(n)]


class World:
    """The recurring cast, built once from the seed: people, small places and groups, each with
    Zipf-like popularity, so a few names are everywhere and most turn up now and then."""

    def __init__(self, rng):
        self.rng = rng
        syllabic = set()
        while len(syllabic) < 6000:
            syllabic.add(rng.choice(SURNAME_PREFIXES) + self.root(2 + (rng.random() < 0.3)))
        self.surnames = LAST_NAMES + sorted(syllabic)
        self.officials = {}
        self.official_weights = {}
        self.localities = {}
        self.locality_weights = {}
        for c in range(len(COUNTRIES)):
            people = [(rng.choice(ROLES), rng.choice(FIRST_NAMES), rng.choice(self.surnames)) for _ in range(60)]
            self.officials[c] = people
            self.official_weights[c] = zipf_weights(len(people), 1.0)
            places = sorted({(rng.choice(LOCALITY_PREFIXES) + " " + self.root(2)).strip() for _ in range(150)})
            rng.shuffle(places)
            self.localities[c] = places
            self.locality_weights[c] = zipf_weights(len(places), 0.9)
        self.groups = sorted({rng.choice(GROUP_KINDS).format(self.root(2 + (rng.random() < 0.4)))
                              for _ in range(2500)})
        rng.shuffle(self.groups)
        self.group_weights = zipf_weights(len(self.groups), 0.9)
        # A few countries and organizations dominate the news.
        self.country_weights = zipf_weights(len(COUNTRIES), 0.8)
        self.org_weights = zipf_weights(len(ORGS), 0.7)
        self.topics = list(TOPIC_WEIGHTS)
        self.topic_weights = [TOPIC_WEIGHTS[t] for t in self.topics]

    def root(self, syllables):
        r = self.rng
        word = "".join(r.choice(ONSETS) + r.choice(VOWELS) for _ in range(syllables)) + r.choice(CODAS)
        return word[:1].upper() + word[1:]


class Slots(dict):
    """Fills a template's {fields}, drawing each occurrence afresh from the article's cast."""

    def __init__(self, gen):
        super().__init__()
        self.g = gen

    def __missing__(self, key):
        return self.g.slot(key)


class ArticleGen:
    def __init__(self, world, rng):
        self.w = world
        self.rng = rng

    def new_cast(self):
        r, w = self.rng, self.w
        n_countries = len(COUNTRIES)
        c1 = r.choices(range(n_countries), w.country_weights)[0]
        c2 = c1
        while c2 == c1:
            c2 = r.choices(range(n_countries), w.country_weights)[0]
        self.c1, self.c2 = COUNTRIES[c1], COUNTRIES[c2]
        topic = r.choices(w.topics, w.topic_weights)[0]
        self.topic = TOPICS[topic]
        self.topic_templates = TOPIC_TEMPLATES[topic]
        self.second_topic = TOPICS[r.choice(w.topics)]
        self.deck = []
        people = r.choices(w.officials[c1], w.official_weights[c1], k=3)
        people += r.choices(w.officials[c2], w.official_weights[c2], k=2)
        # Now and then someone new who appears nowhere else.
        if r.random() < 0.5:
            people.append((r.choice(ROLES), r.choice(FIRST_NAMES), r.choice(w.surnames)))
        self.people = people
        self.orgs = r.choices(ORGS, w.org_weights, k=2)
        self.cities = [r.choice(self.c1[3]), r.choice(self.c1[3]), r.choice(self.c2[3])]
        self.places = r.choices(w.localities[c1], w.locality_weights[c1], k=2)
        self.groups = r.choices(w.groups, w.group_weights, k=2)
        self.year = r.choice([2023, 2024, 2025])
        self.month = r.randrange(12)

    def person(self):
        r = self.rng
        return self.people[min(int(r.expovariate(0.7)), len(self.people) - 1)]

    def pick_topic(self):
        return self.topic if self.rng.random() < 0.8 else self.second_topic

    def fill(self, template):
        return template.format_map(Slots(self))

    def slot(self, key):  # noqa: C901 - one branch per template field
        r = self.rng
        if key in ("Official", "Official2"):
            role, first, last = self.person()
            return f"{role[:1].upper() + role[1:]} {first} {last}" if r.random() < 0.5 else f"{first} {last}, the {role},"
        if key in ("surname", "Surname", "Surname2"):
            return self.person()[2]
        if key == "full_name":
            _, first, last = self.person()
            return f"{first} {last}"
        if key == "full_name2":
            _, first, last = self.people[-1] if self.rng.random() < 0.5 else self.people[3]
            return f"{first} {last}"
        if key in ("Role", "Role_cap", "Role2"):
            role = self.person()[0]
            return role[:1].upper() + role[1:] if key != "Role2" else role
        if key == "said":
            return r.choice(SAID)
        if key == "when":
            return r.choice(WHEN)
        if key in ("np", "np2"):
            return r.choice(self.pick_topic()["np"])
        if key in ("Np",):
            return title_case(strip_the(r.choice(self.topic["np"])))
        if key == "np_cap":
            np = r.choice(self.topic["np"])
            return np[:1].upper() + np[1:]
        if key in ("do", "do2"):
            return r.choice(self.pick_topic()["do"])
        if key == "Do":
            return title_case(r.choice(self.topic["do"]))
        if key in ("past",):
            return r.choice(self.pick_topic()["past"])
        if key == "Past_short":
            return title_case(" ".join(r.choice(self.topic["past"]).split(" ")[:1]))
        if key in ("adj", "adj2"):
            return r.choice(self.pick_topic()["adj"])
        if key == "Adj":
            return title_case(r.choice(self.topic["adj"]))
        if key in ("kw", "Kw"):
            return r.choice(self.topic["kw"])
        if key == "kw_lower":
            return r.choice(self.topic["kw"]).lower()
        if key in ("city", "City"):
            return r.choice(self.cities)
        if key in ("locality", "Locality"):
            return r.choice(self.places) if r.random() < 0.8 else r.choice(self.cities)
        if key in ("place", "place2"):
            where = r.choice(self.cities + self.places)
            return where if r.random() < 0.7 else f"the outskirts of {where}"
        if key == "group":
            return r.choice(self.groups)
        if key == "Group_cap":
            return title_case(re.sub(r"^the ", "", r.choice(self.groups)))
        if key == "group_cap":
            g = r.choice(self.groups)
            return g[:1].upper() + g[1:]
        if key == "year_ago":
            return str(self.year - r.randrange(1, 15))
        if key == "year_ahead":
            return str(self.year + r.randrange(1, 12))
        if key == "pct2":
            return f"{r.randrange(1, 99) / 4:g}"
        if key in ("capital", "Capital"):
            return self.c1[2]
        if key in ("capital2", "Capital2"):
            return self.c2[2]
        if key == "country_name":
            return self.c1[0]
        if key == "Country":
            return title_case(self.c1[0]).replace("The ", "")
        if key == "Other":
            return title_case(self.c2[0]).replace("The ", "")
        if key == "other_country":
            return self.c2[0]
        if key in ("Country_demonym", "Demonym", "demonym"):
            return self.c1[1]
        if key == "org":
            return r.choice(self.orgs)[0]
        if key == "Org_short":
            return r.choice(self.orgs)[1]
        if key == "org_short":
            short = r.choice(self.orgs)[1]
            return short if short.isupper() or " " in short else "the " + short
        if key in ("source",):
            return r.choice(SOURCES)
        if key == "source_cap":
            s = r.choice(SOURCES)
            return s[:1].upper() + s[1:]
        if key == "hedge":
            return r.choice(HEDGES)
        if key == "declined":
            return r.choice(["declined to comment", "did not respond to requests for comment",
                             "could not be reached", "gave no details"])
        if key == "quote":
            return self.fill(r.choice(QUOTES))
        if key == "quote2":
            return self.fill(r.choice(QUOTES))
        if key == "pronoun_lower":
            return r.choice(["he", "she"])
        if key in ("n", "N"):
            return str(int(r.expovariate(1 / 12)) + 2)
        if key == "n2":
            return str(int(r.expovariate(1 / 30)) + 3)
        if key == "n3":
            return f"{r.randrange(2, 900) * 1000:,}"
        if key == "n4":
            return str(r.randrange(3, 40))
        if key == "n5":
            return str(r.randrange(2, 14))
        if key == "days":
            return str(r.randrange(2, 30))
        if key == "age":
            return str(r.randrange(19, 78))
        if key == "pct":
            return str(r.randrange(20, 95))
        if key in ("money", "money2"):
            return f"${r.randrange(2, 950)} {r.choice(['million', 'billion'])}"
        if key == "month":
            return MONTHS[r.randrange(12)]
        if key == "date":
            return f"{MONTHS_SHORT[self.month]} {r.randrange(1, 29)}, {self.year}"
        if key == "adv":
            return r.choice(ADVERBS)
        if key == "soon":
            return r.choice(["within days", "by the end of the month", "soon", "in the coming weeks",
                             "before the end of the year", "as early as next week"])
        if key == "worsen":
            return r.choice(["worsen", "collapse", "spiral out of control", "deteriorate further", "spread"])
        if key == "worsen_inf":
            return r.choice(["worsen", "prolong", "undermine", "complicate", "deepen"])
        if key == "was_verb":
            return r.choice(["was", "remained", "had been"])
        if key == "time_ref":
            return r.choice(["hours", "a day", "two days", "a week", "days", "weeks"])
        if key == "next_time":
            return r.choice(["next week", "on Thursday", "later this month", "in the coming days"])
        if key == "ordinal":
            return r.choice(ORDINALS)
        if key == "outlet":
            return r.choice(OUTLETS)
        if key == "profession":
            return r.choice(PROFESSIONS)
        if key == "credit":
            return r.choice(CREDITS)
        if key == "short_credit":
            return r.choice(["AP", "AFP", "Reuters", "EPA"])
        if key == "photographer":
            return r.choice(PHOTOGRAPHERS).strip()
        raise KeyError(key)

    def title(self):
        return " ".join(self.fill(self.rng.choice(TITLE_TEMPLATES)).split())

    def captions(self):
        count = 1 if self.rng.random() < 0.9 else 2
        captions = []
        while len(captions) < count:  # distinct: a repeated caption is one caption shown twice
            caption = " ".join(self.fill(self.rng.choice(CAPTION_TEMPLATES)).split())
            if caption not in captions:
                captions.append(caption)
        return captions

    def sentence(self):
        if not self.deck:
            self.deck = self.templates + self.topic_templates * 2
            self.rng.shuffle(self.deck)
        s = " ".join(self.fill(self.deck.pop()).split())
        s = s.replace(",,", ",").replace(",.", ".")
        return s[:1].upper() + s[1:]

    def body(self, target):
        """Paragraphs of one to three sentences until the body reaches target bytes (1 to 10 KB)."""
        r = self.rng
        # The reporter's own habits: a subset of the generic sentences, larger for longer stories.
        self.templates = r.sample(GENERIC_TEMPLATES, min(len(GENERIC_TEMPLATES), 12 + target // 400))
        paragraphs = []
        size = 0
        while size < target:
            n = r.choice([1, 1, 2, 2, 2, 3])
            para = " ".join(self.sentence() for _ in range(n))
            if para in paragraphs:  # a repeated paragraph would read as a doubled caption
                continue
            add = len(para.encode()) + (2 if paragraphs else 0)
            if size + add > 10240:
                if size >= 1024:
                    break
                continue
            paragraphs.append(para)
            size += add
        return paragraphs


def uid_for(title, body):
    # Sift hashes the simplified, case-folded title and body; any unique hex string will do here.
    h = hashlib.sha1()
    h.update(" ".join(title.split()).lower().encode())
    h.update(b"\x1f")
    h.update(" ".join(body.split()).lower().encode())
    return h.hexdigest()


def scraped_block(title, captions, paragraphs):
    doubled = []
    for c in captions:
        doubled += [c, c]
    lines = [title, ""] + doubled + ["TT", "20", "", title, ""] + doubled + [""]
    return "\n".join(lines) + "\n" + "\n\n".join(paragraphs) + "\n"


# --- queries -------------------------------------------------------------------------------------

STOPWORDS = set("""a an and are as at be been but by for from had has have he her his in is it its of on or
said she that the their they this to was were which who will with would not no after before over into
than then there these those up out about also""".split())

# Share of query terms drawn from each document-frequency band (measured on the first articles):
# broad terms sit in 5% or more of the articles, medium ones in 0.5-5%, narrow ones in fewer.
BANDS = (("broad", 0.05, 1.01, 0.2), ("medium", 0.005, 0.05, 0.4), ("narrow", 0.0, 0.005, 0.4))
DF_SAMPLE = 5000


def tokens(text):
    return re.findall(r"[^\W_]+", text.lower())


def fts_term(word):
    """A bareword FTS5 accepts as is, or the word quoted as a phrase."""
    word = word.lower()
    if word.isalpha() and word.isascii() and word not in ("and", "or", "not", "near"):
        return word
    return '"' + word.replace('"', "") + '"'


def query_vocabulary(world, rng):
    """What an analyst searches for: places, people, groups and the nouns and adjectives of the
    topics. Not the generic verbs and function words the sentence templates are made of, nor the
    parts every group or village name shares (Brigade, Bank, Deir, Abu)."""
    generic = set(tokens(" ".join(GROUP_KINDS + LOCALITY_PREFIXES + SURNAME_PREFIXES))) | STOPWORDS
    words = set()
    phrases = set()
    for c in COUNTRIES:
        words.update(tokens(" ".join([c[0], c[1], c[2]] + c[3])))
    for i, people in world.officials.items():
        for role, first, last in people[:15]:
            words.update(tokens(last))
            phrases.add(f"{first} {last}".lower())
        for place in world.localities[i][:40]:
            words.update(tokens(place))
            phrases.add(place.lower())
    for group in world.groups[:400]:
        words.update(tokens(group))
        phrases.add(re.sub(r"^the ", "", group).lower())
    for t in TOPICS.values():
        for key in ("np", "kw", "adj"):
            for item in t[key]:
                words.update(tokens(item))
                if key == "np" and " " in strip_the(item):
                    phrases.add(strip_the(item).lower())
    phrases.update(r.lower() for r in ROLES if " " in r)
    phrases.update(o[0].lower().replace("the ", "", 1) for o in ORGS if " " in o[0])
    words = sorted(w for w in words if len(w) >= 3 and w not in generic and not w.isdigit())
    phrases = sorted(p for p in phrases if " " in p)
    rng.shuffle(phrases)
    return words, phrases[:400]


class DocFrequencies:
    """Counts, over the first DF_SAMPLE articles, how many contain each word and phrase."""

    def __init__(self, phrases):
        self.docs = 0
        self.words = {}
        self.phrases = dict.fromkeys(phrases, 0)

    def add(self, title, body, captions):
        if self.docs >= DF_SAMPLE:
            return
        self.docs += 1
        text = " ".join([title, body] + captions)
        for w in set(tokens(text)):
            self.words[w] = self.words.get(w, 0) + 1
        flat = " " + " ".join(tokens(text)) + " "
        for p in self.phrases:
            if " " + " ".join(tokens(p)) + " " in flat:
                self.phrases[p] += 1

    def banded(self, items, counts):
        bands = {}
        for name, low, high, _ in BANDS:
            bands[name] = [i for i in items if counts.get(i, 0) > 0 and low <= counts[i] / self.docs < high]
        return bands


def make_queries(words, phrases, df, rng, count):
    """count FTS5 queries: single words, two-word AND, phrases, prefixes, OR and NOT, each term from
    a document-frequency band chosen with the BANDS shares."""
    word_bands = df.banded(words, df.words)
    phrase_bands = df.banded(phrases, df.phrases)

    def pick(bands):
        names = [b[0] for b in BANDS if bands[b[0]]]
        shares = [b[3] for b in BANDS if bands[b[0]]]
        return rng.choice(bands[rng.choices(names, shares)[0]])

    def word():
        return fts_term(pick(word_bands))

    def prefix():
        w = pick({k: [x for x in v if x.isalpha() and x.isascii() and len(x) >= 5] for k, v in word_bands.items()})
        return w[:rng.randrange(4, min(7, len(w)))] + "*"

    kinds = ([lambda: word()] * 25
             + [lambda: f"{word()} {word()}"] * 20
             + [lambda: '"' + " ".join(tokens(pick(phrase_bands))) + '"'] * 20
             + [prefix] * 15
             + [lambda: f"{word()} OR {word()}"] * 10
             + [lambda: f"{word()} NOT {word()}"] * 10)
    queries = []
    for i in range(count):
        make = kinds[i % len(kinds)]
        q = make()
        while q in queries:
            q = make()
        queries.append(q)
    return queries


# --- main ----------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, required=True, help="number of articles")
    ap.add_argument("--out", required=True, help="output folder (created)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--per-file", type=int, default=500, help="articles per scraped file (default 500)")
    ap.add_argument("--queries", type=int, default=100, help="search queries to write (default 100)")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    world = World(rng)
    gen = ArticleGen(world, rng)
    query_rng = random.Random(args.seed + 7919)
    words, phrases = query_vocabulary(world, query_rng)
    df = DocFrequencies(phrases)
    scraped_dir = os.path.join(args.out, "scraped")
    os.makedirs(scraped_dir, exist_ok=True)

    seen = set()
    body_bytes = 0
    out = None
    with open(os.path.join(args.out, "rows.csv"), "w", newline="", encoding="utf-8") as rows_file:
        rows = csv.writer(rows_file, lineterminator="\n")
        for i in range(args.count):
            if i % args.per_file == 0:
                if out:
                    out.close()
                name = f"batch-{i // args.per_file + 1:05d}.txt"
                out = open(os.path.join(scraped_dir, name), "w", encoding="utf-8", newline="\n")
            while True:
                gen.new_cast()
                title = gen.title()
                captions = gen.captions()
                target = int(math.exp(rng.uniform(math.log(1024), math.log(10240))))
                paragraphs = gen.body(target)
                body = "\n\n".join(paragraphs)
                uid = uid_for(title, body)
                digest = bytes.fromhex(uid)[:10]
                if digest not in seen and title not in paragraphs and not set(captions) & set(paragraphs):
                    break
            seen.add(digest)
            body_bytes += len(body.encode())
            df.add(title, body, captions)
            out.write(("\n\n\n" if i % args.per_file else "") + scraped_block(title, captions, paragraphs))
            rows.writerow([uid, title, body, json.dumps(captions, ensure_ascii=False, separators=(",", ":")),
                           name])
    if out:
        out.close()

    with open(os.path.join(args.out, "queries.txt"), "w", encoding="utf-8") as qf:
        for q in make_queries(words, phrases, df, query_rng, args.queries):
            qf.write(q + "\n")
    print(f"{args.count} articles, mean body {body_bytes / max(args.count, 1) / 1024:.1f} KB, "
          f"{(args.count + args.per_file - 1) // args.per_file} files in {scraped_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
