package org.parley.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Extraction and attribution together, with the real registry, on patterns a held-out measurement
 * found missed: gender of people the registry lacks, long official titles with commas, role
 * back-references, reported clauses with „…“ or «…» fragments, two joined speech verbs, agentless
 * reports and "what X called “…”"; and, from the fourth set, transcript labels "NAME, title:" and the
 * presenter's label, names with particles, places taken for people, speech quoted through an outlet,
 * sources described before they are named, unnamed delegates of a named country, and agency habits
 * (colon intros, "called X “…”", long attributions at the end). Invented sentences with fictional
 * people and places.
 */
class UnseenPatternsTest {


    /**
     * Each row: the article (paragraphs split on " / "), the exact text of one quote it must yield,
     * that quote's kind and its speaker ("-" for none).
     */
    @ParameterizedTest(name = "{1} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # 1. gender of people the registry lacks comes from the text; a pronoun skips the other gender
            Harbour board chairwoman Ilse Varga opened the hearing on Monday. / “The budget is tight,” said Oskar Brenner, the board treasurer, adding that his office had cut costs. / “We will find the money,” she said. | We will find the money, | direct | Ilse Varga
            Harbour master Oskar Brenner arrived first. / Board chairwoman Ilse Varga said the budget was tight. / “We will find the money,” he said. | We will find the money, | direct | Oskar Brenner
            Ilse Varga arrived first. / Oskar Brenner, a former port spokesman, opened the hearing. “The budget is tight,” Brenner said. / “We will find the money,” she said. | We will find the money, | direct | Ilse Varga
            Ilse Varga arrived first. / The board’s chairman, Oskar Brenner, said the budget was tight. / “We will find the money,” she said. | We will find the money, | direct | Oskar Brenner
            Ilse Varga, the harbour master, arrived first. / Oskar Brenner said the budget was tight. Mr Brenner has run the port’s accounts since 2009. / “We will find the money,” she said. | We will find the money, | direct | Ilse Varga
            Ilse Varga, the harbour master, arrived first. / Oskar Brenner said the budget was tight. He has run the port’s accounts since 2009. / “We will find the money,” she said. | We will find the money, | direct | Ilse Varga
            Ilse Varga, the harbour master, arrived first. / Oskar Brenner said the budget was tight. / “We will find the money,” he said. | We will find the money, | direct | Oskar Brenner
            Ilse Varga arrived first. / Minister Oskar Brenner, a former port spokesman, opened the hearing. / “The budget is tight,” the Minister said. / “We will find the money,” she said. | We will find the money, | direct | Ilse Varga
            Oskar Brenner arrived first. / In her first speech as harbour master, Ilse Varga said the budget was tight. / “We will find the money,” he said. | We will find the money, | direct | Oskar Brenner
            # 2. long official titles with commas and "and" before the name
            Deputy Minister for Fisheries, Coastal Affairs and Inland Waterways Ragna Selvik said the quotas would be reviewed in May. | the quotas would be reviewed in May | indirect | Ragna Selvik
            “The quotas will be reviewed,” said Deputy Minister for Fisheries, Coastal Affairs and Inland Waterways Ragna Selvik. | The quotas will be reviewed, | direct | Ragna Selvik
            Ragna Selvik, Deputy Minister for Fisheries, Coastal Affairs and Inland Waterways, said the quotas would be reviewed in May. | the quotas would be reviewed in May | indirect | Ragna Selvik
            The Deputy Minister for Fisheries, Coastal Affairs and Inland Waterways, Ragna Selvik, said the quotas would be reviewed in May. | the quotas would be reviewed in May | indirect | Ragna Selvik
            “The quotas will be reviewed,” Deputy Minister for Fisheries, Coastal Affairs and Inland Waterways Ragna Selvik told reporters. | The quotas will be reviewed, | direct | Ragna Selvik
            Velmar’s Deputy Minister for Fisheries, Coastal Affairs and Inland Waterways Ragna Selvik said on Monday that the quotas would be reviewed. | the quotas would be reviewed | indirect | Ragna Selvik
            # 3. role back-references to the person the article named with that role
            Anton Kirsch, the head of the Velmar region, toured the flooded villages on Tuesday. / The head of the region said the dams had held. | the dams had held | indirect | Anton Kirsch
            Anton Kirsch, the head of the Velmar region, met Lisa Hart, the head of the Orsk region. / The head of the region said the dams had held. | the dams had held | indirect | -
            Regional head Anton Kirsch toured the flooded villages on Tuesday. Ilse Varga went with him. / The head of the region said the dams had held. | the dams had held | indirect | Anton Kirsch
            Trade Minister Leona Fabre arrived in Ostrava on Monday. / The minister said the tariffs would stay. | the tariffs would stay | indirect | Leona Fabre
            Kalden’s envoy to the talks, Piet Aronsen, met both delegations. / The envoy said progress was slow. | progress was slow | indirect | Piet Aronsen
            # 4. reported clause with a quoted fragment in any mark style
            Ragna Selvik said that the talks were „a waste of time“. | the talks were „a waste of time“ | mixed | Ragna Selvik
            Ragna Selvik said that the plan was «a step backwards» for the coast. | the plan was «a step backwards» for the coast | mixed | Ragna Selvik
            Ragna Selvik said that the plan was “a step backwards” for the coast. | the plan was “a step backwards” for the coast | mixed | Ragna Selvik
            Ragna Selvik said that the talks were „a waste of time”. | the talks were „a waste of time” | mixed | Ragna Selvik
            Ragna Selvik said on Tuesday that the talks had been „a waste of time“, and that the delegation would leave. | the talks had been „a waste of time“, and that the delegation would leave | mixed | Ragna Selvik
            The talks were „a waste of time“, Ragna Selvik said. | The talks were „a waste of time“ | mixed | Ragna Selvik
            Ragna Selvik said that the plan was »a step backwards« for the coast. | the plan was »a step backwards« for the coast | mixed | Ragna Selvik
            Fisheries Minister Ragna Selvik told the Velmar Herald that the talks were „a waste of time“. | the talks were „a waste of time“ | mixed | Ragna Selvik
            Ragna Selvik said that the talks were „a waste of time". | the talks were „a waste of time" | mixed | Ragna Selvik
            »We will not sign«, Ragna Selvik said. | We will not sign | direct | Ragna Selvik
            According to Ragna Selvik, the talks were „a waste of time“. | the talks were „a waste of time“ | mixed | Ragna Selvik
            Ragna Selvik said „the time for talk is over“ and left the hall. | the time for talk is over | direct | Ragna Selvik
            Ragna Selvik said “the time for talk is over” and left the hall. | the time for talk is over | direct | Ragna Selvik
            # 5. two joined speech verbs with one subject: one quote per verb
            The Velmar Fisheries Ministry denied that the quotas had been cut and said that the review would take place in May. | the quotas had been cut | indirect | Velmar Fisheries Ministry
            The Velmar Fisheries Ministry denied that the quotas had been cut and said that the review would take place in May. | the review would take place in May | indirect | Velmar Fisheries Ministry
            The Velmar Fisheries Ministry denied that the quotas had been cut, and said the review would take place in May. | the quotas had been cut | indirect | Velmar Fisheries Ministry
            The Velmar Fisheries Ministry denied that the quotas had been cut, and said the review would take place in May. | the review would take place in May | indirect | Velmar Fisheries Ministry
            Ragna Selvik denied the reports and said the review would take place in May. | the reports | indirect | Ragna Selvik
            Ragna Selvik denied the reports and said the review would take place in May. | the review would take place in May | indirect | Ragna Selvik
            The ministry rejected claims that the quotas had been cut and insisted that the review would take place in May. | claims that the quotas had been cut | indirect | -
            The ministry rejected claims that the quotas had been cut and insisted that the review would take place in May. | the review would take place in May | indirect | -
            Selvik denied on Monday that the quotas had been cut and added that the review would take place in May. | the quotas had been cut | indirect | Selvik
            The Velmar Fisheries Ministry said the trawlers had left. / It denied that any nets had been seized and said the inspections would continue. | any nets had been seized | indirect | Velmar Fisheries Ministry
            The Velmar Fisheries Ministry said the trawlers had left. / It denied that any nets had been seized and said the inspections would continue. | the inspections would continue | indirect | Velmar Fisheries Ministry
            In a statement, the Velmar Fisheries Ministry denied that the boats had been stopped and searched by the coast guard and said that the crews were free to leave. | the boats had been stopped and searched by the coast guard | indirect | Velmar Fisheries Ministry
            In a statement, the Velmar Fisheries Ministry denied that the boats had been stopped and searched by the coast guard and said that the crews were free to leave. | the crews were free to leave | indirect | Velmar Fisheries Ministry
            Ragna Selvik on Monday denied that her office had leaked the report and said she would ask for an inquiry. | her office had leaked the report | indirect | Ragna Selvik
            Ragna Selvik on Monday denied that her office had leaked the report and said she would ask for an inquiry. | she would ask for an inquiry | indirect | Ragna Selvik
            The Velmar Fisheries Ministry denied that the quotas had been cut and said that „nothing has changed“ for the fleet. | „nothing has changed“ for the fleet | mixed | Velmar Fisheries Ministry
            The Velmar Fisheries Ministry denied that the quotas had been cut but said the review would take place in May. | the quotas had been cut | indirect | Velmar Fisheries Ministry
            The Velmar Fisheries Ministry confirmed that two trawlers had been detained and said their crews were safe. | two trawlers had been detained | indirect | Velmar Fisheries Ministry
            The Velmar Fisheries Ministry confirmed that two trawlers had been detained and said their crews were safe. | their crews were safe | indirect | Velmar Fisheries Ministry
            The Velmar Fisheries Ministry refuted claims that the quotas had been cut and said the review would take place in May. | claims that the quotas had been cut | indirect | Velmar Fisheries Ministry
            The Velmar Fisheries Ministry acknowledged that the quotas had been cut and stressed that the review would take place in May. | the quotas had been cut | indirect | Velmar Fisheries Ministry
            The Velmar Fisheries Ministry denied that trawlers and ferries had been blocked and said the port would reopen. | trawlers and ferries had been blocked | indirect | Velmar Fisheries Ministry
            The Velmar Fisheries Ministry denied that trawlers and ferries had been blocked and said the port would reopen. | the port would reopen | indirect | Velmar Fisheries Ministry
            The Velmar Fisheries Ministry denied that the quotas had been cut and accused Kalden of spreading rumours. | the quotas had been cut | indirect | Velmar Fisheries Ministry
            The Velmar Fisheries Ministry denied that the quotas had been cut and accused Kalden of spreading rumours. | Kalden of spreading rumours | indirect | Velmar Fisheries Ministry
            The Velmar Fisheries Ministry informed that the quotas would be reviewed in May. | the quotas would be reviewed in May | indirect | Velmar Fisheries Ministry
            # 6. agentless reports and "what X called “…”"
            Trade Minister Leona Fabre received the delegation. / It was noted that the harbour would stay open during the talks. | the harbour would stay open during the talks | indirect | -
            Trade Minister Leona Fabre said the talks went well. It has been stressed that the harbour would stay open. | the harbour would stay open | indirect | -
            The two towns retreated into what one Velmar mediator later called “a contest of old grudges”. | a contest of old grudges | direct | -
            The deal was what Ragna Selvik called “a fair catch for everyone” on Monday. | a fair catch for everyone | direct | Ragna Selvik
            # 7. titles, apposition and back-references (third held-out set)
            Deputy Minister for Fisheries, Coastal Affairs and the Protection of Inland Waterways Ragna Selvik said on Monday that the quotas would be reviewed. | the quotas would be reviewed | indirect | Ragna Selvik
            Deputy Minister for Fisheries, Coastal Affairs and the Protection of Inland Waterways Ragna Selvik said on Monday that the quotas would be reviewed. / “We will not wait for the banks,” the deputy minister told the assembly. | We will not wait for the banks, | direct | Ragna Selvik
            Deputy Minister for Inland Fisheries, Harbours and the Protection of Waterways Ragna Selvik said the quotas would be reviewed. / The boats are old. / The fleet is small. / The ports are full. / “We will not wait for the banks,” the deputy minister told the assembly. | We will not wait for the banks, | direct | Ragna Selvik
            Velmar’s Deputy Minister of Fisheries Ragna Selvik said the quotas would be reviewed. / According to the deputy minister, the first trawlers had already been repaired. | the first trawlers had already been repaired | indirect | Ragna Selvik
            The Governor of Velmar Province, Major General Anton Kirsch, has been more cautious than the ministers. / Touring the harbour last week, the head of the province acknowledged that the dams were leaking. | the dams were leaking | indirect | Anton Kirsch
            The Governor of Velmar Province, Major General Anton Kirsch, has been more cautious than the ministers. / Touring the harbour last week, the head of the province acknowledged that the dams were leaking. / “Without dams, a port is a lake,” he said. | Without dams, a port is a lake, | direct | Anton Kirsch
            The official representative of the Velmar Ministry of Fisheries, Rear Admiral Piet Aronsen, told journalists that no trawler had been seized. | no trawler had been seized | indirect | Piet Aronsen
            The representative of the Council of Lakes, Ilse Varga, said the boats would stay in port. | the boats would stay in port | indirect | Ilse Varga
            A captain of the Coast Watch in southern Orsk told us by phone that his crews had been ordered to stay in port. | his crews had been ordered to stay in port | indirect | -
            A captain of the Coast Watch in southern Orsk told us by phone that his crews had been ordered to stay in port. / “We will wait for the storm to pass,” he added. | We will wait for the storm to pass, | direct | -
            The Velmarian embassy said in reply to our question that it does not comment on fishing quotas. | it does not comment on fishing quotas | indirect | Velmarian embassy
            Ilse Varga keeps two boats at the Orsk Centre for Sailing. / “That one is for the races,” she says. | That one is for the races, | direct | Ilse Varga
            Harbour spokeswoman Ilse Varga accused the unions of looking for “any excuse” to strike. / “Every time we come close, there is a walkout,” Varga said. / A Western diplomat following the dispute said the strike had been planned in advance. / “They needed a gesture,” the diplomat said, speaking on condition of anonymity. | They needed a gesture, | direct | -
            Ilse Varga ran the harbour board for ten years. / A former colleague on the board, who asked not to be named because its meetings are private, said Varga had argued for a new pier. | Varga had argued for a new pier | indirect | -
            Ilse Varga ran the harbour board for ten years. / Varga is also reported to have told the board in 2014 that the old pier “would not survive another winter”. | the old pier “would not survive another winter” | mixed | Ilse Varga
            A diplomat following Ragna Selvik said the talks had failed. | the talks had failed | indirect | -
            A former colleague on the Harbour Board of Velmar, who asked not to be named, said Varga had argued for a new pier. | Varga had argued for a new pier | indirect | -
            # 8. live blog: a speaker named only in the line before a fully quoted paragraph
            09:50 / “It is very quiet on the pier,” Oskar Brenner reports from the harbour. / 10:15 / Message from Dr Ilse Varga, head of the Orsk harbour clinic / “We have two boats ready at the pier. The staff are working in shifts.” | We have two boats ready at the pier. The staff are working in shifts. | direct | Ilse Varga
            09:50 / A captain of the Coast Watch told us that his crews would stay in port. / 10:15 / Fisheries spokeswoman Lena Dorn, speaking to our reporter in Orsk / “The boats are in. We will count the catch in the morning.” | The boats are in. We will count the catch in the morning. | direct | Lena Dorn
            # 9. transcript labels "NAME, description:", a bracketed cue before them, short labels later, the presenter's label
            Presenter Lena Morrow spoke to Piet Aronsen, a former harbour master. / HOST: Piet Aronsen, welcome. What happened to the dams? / PIET ARONSEN, former harbour master: The dams failed on Monday night. / HOST: Why? / ARONSEN: Nobody listened to the engineers. | The dams failed on Monday night. | block | Piet Aronsen
            Presenter Lena Morrow spoke to Piet Aronsen, a former harbour master. / HOST: Piet Aronsen, welcome. What happened to the dams? / PIET ARONSEN, former harbour master: The dams failed on Monday night. / HOST: Why? / ARONSEN: Nobody listened to the engineers. | Why? | block | Lena Morrow
            Presenter Lena Morrow spoke to Piet Aronsen, a former harbour master. / HOST: Piet Aronsen, welcome. What happened to the dams? / PIET ARONSEN, former harbour master: The dams failed on Monday night. / HOST: Why? / ARONSEN: Nobody listened to the engineers. | Nobody listened to the engineers. | block | Piet Aronsen
            HOST: Welcome back. / PIET ARONSEN, former harbour master: The dams failed on Monday night. / HOST: Why? / ARONSEN: Nobody listened to the engineers. | Nobody listened to the engineers. | block | Piet Aronsen
            Good evening, I’m Lena Morrow, and tonight we talk about the floods. / ANCHOR: Our first guest is on the line. / RAGNA SELVIK, Velmar Fisheries Ministry (by telephone): The boats are safe. / ANCHOR: Thank you. | Our first guest is on the line. | block | Lena Morrow
            Good evening, I’m Lena Morrow, and tonight we talk about the floods. / ANCHOR: Our first guest is on the line. / RAGNA SELVIK, Velmar Fisheries Ministry (by telephone): The boats are safe. / ANCHOR: Thank you. | The boats are safe. | block | Ragna Selvik
            The floods reached Orsk on Monday. / HOST: What did the harbour police say? / [CLIP] COLONEL ILSE VARGA, Orsk harbour police spokeswoman (translated): We closed the port at noon. / HOST: And the ferries? / OSKAR BRENNER, ferry captain: They stayed in. | We closed the port at noon. | block | Ilse Varga
            The floods reached Orsk on Monday. / HOST: What did the harbour police say? / [CLIP] COLONEL ILSE VARGA, Orsk harbour police spokeswoman (translated): We closed the port at noon. / HOST: And the ferries? / OSKAR BRENNER, ferry captain: They stayed in. | And the ferries? | block | -
            The floods reached Orsk on Monday. / HOST: What did the harbour police say? / [CLIP] COLONEL ILSE VARGA, Orsk harbour police spokeswoman (translated): We closed the port at noon. / HOST: And the ferries? / OSKAR BRENNER, ferry captain: They stayed in. / HOST: Thank you both. / The harbour police did not respond to questions about the ferries Brenner named. A spokesman for the port said it was “reviewing the night”. | it was “reviewing the night” | mixed | -
            # 10. names with particles and hyphenated surnames keep every part
            Velmari Trade Minister Karim al-Masri said the tariffs would stay. | the tariffs would stay | indirect | Karim al-Masri
            “The tariffs will stay,” Velmari Trade Minister Karim al-Masri told reporters. | The tariffs will stay, | direct | Karim al-Masri
            Harbour board chairman Omar bin Talal said the pier would reopen. | the pier would reopen | indirect | Omar bin Talal
            Port director Youssef el-Amin said the pier would reopen. | the pier would reopen | indirect | Youssef el-Amin
            Orsk Deputy Mayor Pieter van der Walt said the pier would reopen. | the pier would reopen | indirect | Pieter van der Walt
            Fisheries Minister Ana Lopez-Vidal said the quotas would stay. | the quotas would stay | indirect | Ana Lopez-Vidal
            Fisheries Minister Ana Lopez-Vidal said the quotas would stay. / “We will not cut them,” Lopez-Vidal said. | We will not cut them, | direct | Ana Lopez-Vidal
            Velmari Trade Minister Karim al-Masri met the delegation. / “The tariffs will stay,” al-Masri said. | The tariffs will stay, | direct | Karim al-Masri
            Velmari Trade Minister Karim al-Masri met the delegation. / The minister, Abu Hamza al-Tikriti, said the tariffs would stay. | the tariffs would stay | indirect | Abu Hamza al-Tikriti
            # 11. a place is never a person: written after a locative preposition anywhere, after "the town of", or in a dateline
            Engineers arrived in Dorna Serin on Monday. / The mayor of Dorna Serin met them at the pumping station. / “We have no diesel,” the mayor said. | We have no diesel, | direct | -
            Engineers arrived in Dorna Serin on Monday. / Dorna Serin has had no power since March. / “We have no diesel,” he said. | We have no diesel, | direct | -
            The town of Dorna Serin has had no power since March. / “We have no diesel,” he said. | We have no diesel, | direct | -
            The town that waited / By Lena Morrow / DORNA SERIN, Velmar — The engineers came at dawn. / “We have no diesel,” he said. | We have no diesel, | direct | -
            DORNA SERIN, Velmar — The engineers came at dawn. / Dorna Serin has had no power since March. / “We have no diesel,” he said. | We have no diesel, | direct | -
            Engineers arrived in Dorna Serin on Monday. / Ilse Varga, the mayor of Dorna Serin, met them at the pumping station. / “We have no diesel,” the mayor said. | We have no diesel, | direct | Ilse Varga
            Oskar Brenner arrived first. / The port, in Ilse Varga’s view, should close. / “We will wait,” Varga said. | We will wait, | direct | Ilse Varga
            Oskar Brenner came back from Dorna Point in May. / “Nobody was left,” he said. | Nobody was left, | direct | Oskar Brenner
            The village lies in the hills west of Harrat al-Kubra. / “We have no diesel,” he said. | We have no diesel, | direct | -
            # 12. quoted through someone else: the person quoted speaks, not the outlet or the source of the report
            The state radio station VRT quoted Fisheries Minister Ragna Selvik as saying that the quotas would stay. | the quotas would stay | indirect | Ragna Selvik
            The Orsk Herald cited Ragna Selvik as saying the boats were “safe in port” for now. | the boats were “safe in port” for now | mixed | Ragna Selvik
            The agency quoted the minister, Ragna Selvik, as saying that the quotas would stay. | the quotas would stay | indirect | Ragna Selvik
            According to the Orsk Herald, Ragna Selvik said the quotas would stay. | the quotas would stay | indirect | Ragna Selvik
            According to state radio, Fisheries Minister Ragna Selvik told the assembly that the quotas would stay. | the quotas would stay | indirect | Ragna Selvik
            # 13. a source described first and named later, or named by first name only
            “The well is dry,” said a man who gave his name only as Tomas, standing by the pump. / “We drink from the river now,” he said. | The well is dry, | direct | Tomas
            “The well is dry,” said a man who gave his name only as Tomas, standing by the pump. / “We drink from the river now,” he said. | We drink from the river now, | direct | Tomas
            A farmer, who asked to be identified only as Abu Samir, said the wells had run dry in June. | the wells had run dry in June | indirect | Abu Samir
            In the school, a teacher was counting desks. “We have forty children and twelve desks,” she said. / The teacher said that the roof had leaked since March. / The teacher, Mira Sandell, has taught in the village for twenty years. | We have forty children and twelve desks, | direct | Mira Sandell
            In the school, a teacher was counting desks. “We have forty children and twelve desks,” she said. / The teacher said that the roof had leaked since March. / The teacher, Mira Sandell, has taught in the village for twenty years. | the roof had leaked since March | indirect | Mira Sandell
            The vet, who gave his name as Karim, said the herd had no vaccine left. | the herd had no vaccine left | indirect | Karim
            A teacher said the roof had leaked since March. / The headmaster, Anton Brask, said the school would close. | the roof had leaked since March | indirect | -
            A teacher said the roof had leaked since March. / Two teachers were hurt. The teacher, Mira Sandell, was not. The teacher, Ilse Varga, was. | the roof had leaked since March | indirect | -
            # 14. an unnamed delegate or government of a country the article names, by demonym or possessive
            Velmar and Orsk signed the accord on Monday. / The Velmari government said the border would open in May. | the border would open in May | indirect | Velmar
            Kaldera abstained in the vote. / The Kalderan delegate said the text was unbalanced. | the text was unbalanced | indirect | Kaldera
            Kaldera abstained in the vote, citing the Kalderan fishing fleet. / Kaldera's representative said the text was unbalanced. / She added that her delegation would not block it. | the text was unbalanced | indirect | Kaldera
            Kaldera abstained in the vote, citing the Kalderan fishing fleet. / Kaldera's representative said the text was unbalanced. / She added that her delegation would not block it. | her delegation would not block it | indirect | Kaldera
            The representatives of Kaldera and Orsk spoke first. / Explaining her vote, Kaldera's delegate said the text was unbalanced. | the text was unbalanced | indirect | Kaldera
            Mira Sandell arrived late. / Sandell's representative said the text was unbalanced. | the text was unbalanced | indirect | -
            The Kalderan government said the text was unbalanced. | the text was unbalanced | indirect | -
            The Dunmorese delegate said the text was unbalanced. Dunmore abstained. | the text was unbalanced | indirect | Dunmore
            # 15. organisations named with a small-body head noun
            A spokeswoman for the Harbour Safety Cell said the piers were closed. | the piers were closed | indirect | Harbour Safety Cell
            A spokesman for the Coastal Crisis Group said the piers were closed. | the piers were closed | indirect | Coastal Crisis Group
            The Joint Harbour Task Force said the piers were closed. | the piers were closed | indirect | Joint Harbour Task Force
            # 16. agency style: a long joint attribution at the end with a time adverbial, a colon after an adverbial, "called X “…”"
            ORSK, May 3 (VNA) - The port will reopen in June, Velmari Fisheries Minister Ragna Selvik and Orsk Harbour Master Oskar Brenner said on Monday after five hours of talks in Orsk. | The port will reopen in June | indirect | Ragna Selvik
            The port will reopen in June, Ragna Selvik said on Monday after the meeting. | The port will reopen in June | indirect | Ragna Selvik
            Its chief negotiator, Piet Aronsen, wrote on social media: “How long must we wait for the boats?” | How long must we wait for the boats? | direct | Piet Aronsen
            Ragna Selvik called the decision “a grave mistake for the fleet”. | the decision “a grave mistake for the fleet” | mixed | Ragna Selvik
            The Velmar Fisheries Ministry said the boats had not left port and called the reports “a fabrication from start to finish”. | the reports “a fabrication from start to finish” | mixed | Velmar Fisheries Ministry
            Ragna Selvik, in a radio interview on Monday evening: “The boats will not leave port this week.” | The boats will not leave port this week. | direct | Ragna Selvik
            The representatives of Kaldera and Orsk both said the text was unbalanced. | the text was unbalanced | indirect | Kaldera
            Ragna Selvik and Oskar Brenner both said the port would reopen. | the port would reopen | indirect | Ragna Selvik
            # 17. one capitalised word the article never gives a first name or an honorific is no "he"/"she" (a capital, a body)
            Velmar said its boats had not left port. / Fisheries spokeswoman Ilse Varga went further at a briefing. “Nobody has left,” she told reporters. | Nobody has left, | direct | Ilse Varga
            Oskar Brenner chairs the board. / Brenner said the boats had not left port. / Ilse Varga, his deputy, went further at a briefing. “Nobody has left,” he told reporters. | Nobody has left, | direct | Oskar Brenner
            “The well is dry,” said a man who gave his name only as Tomas. / Ilse Varga, an aid worker, said the pump had broken. / Later, Tomas said the village would wait. “We will fix it,” he said. | We will fix it, | direct | Tomas
            Mr Brenner said the boats had not left port. / Ilse Varga went further at a briefing. “Nobody has left,” he told reporters. | Nobody has left, | direct | Brenner
            """)
    void patternMissedOnUnseenText(String text, String quote, String kind, String speaker) {
        UnseenText.assertQuote(text, quote, kind, speaker);
    }

    /** Narration of the article's own writers and the words around a block intro are not quotes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Good evening and welcome to our coverage of the regatta in Orsk. | to our coverage of the regatta in Orsk
            Orsk has so far stopped short of blaming Velmar directly. | Velmar directly
            NEW ORSK, Harbour District: The council met on Monday and Ilse Varga said the vote would wait. | The council met on Monday and Ilse Varga said the vote would wait.
            The board had recorded more than 1,900 alleged violations between May and June. | violations between May and June
            The statement did not say how the board would settle disputed claims, the issue that split it in May. | claims, the issue that split it in May
            In a joint statement released after the talks, Velmar and Orsk said: / 1. The port will reopen in June. | In a joint statement released after the talks
            In a joint statement, Velmar and Orsk said: / 1. The port will reopen in June. / 2. The ferries will run twice a day. / The statement did not say when the ferries would start. | The statement did not say when the ferries would start.
            The ministry published the list without naming the boats involved. | the boats involved
            Ragna Selvik called a meeting of the harbour board for Monday. | a meeting of the harbour board for Monday
            We have asked the Velmarian embassy whether any boats are out tonight and will bring you its answer. | the Velmarian embassy whether any boats are out tonight and will bring you its answer
            Fisheries Minister Ragna Selvik said in a statement released an hour ago: / The boats will stay in port tonight. | released an hour ago
            """)
    void narrationIsNoQuote(String text, String notQuote) {
        UnseenText.assertNoQuote(text, notQuote);
    }

    /** Passives that report an action or name no reported clause are not quotes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The new quotas were announced on Monday.
            It was noted in the annual report of the Velmar harbour board.
            The harbour, it was decided, would stay open.
            Fishermen formed a group called “Friends of the Coast” in 2014.
            """)
    void passivesWithoutAReportedClauseAreNoQuotes(String text) {
        assertEquals(List.of(), UnseenText.quotes(text));
    }
}
