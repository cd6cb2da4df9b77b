package org.parley.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lexicon of speech verbs and phrases that introduce reported speech, kept as data: one line
 * per lemma with every written form and the shape of what follows it.
 *
 * <p>The breadth follows the attribution verbs of wire style guides (AP, Reuters). Cognition and
 * attitude verbs (believe, think, hope, want, fear, expect) are deliberately absent: they report a
 * state of mind, not speech (CONVENTIONS.md). Immutable and thread-safe.
 */
final class SpeechVerbs {

    /** What follows the verb and makes up the reported words. */
    enum Complement {
        /** A reported clause, "that" optional: anything after the verb is taken. */
        CLAUSE,
        /**
         * A reported clause only with "that" or when the words after the verb look like a clause:
         * these verbs also take plain objects that are actions, not speech ("maintained its
         * position", "agreed to meet", "recalled its ambassador").
         */
        THAT_CLAUSE,
        /** A speech act with an object ("urged X to Y", "called for X"): everything after the verb. */
        OBJECT,
        /** An addressee, then a clause ("told reporters that …", "assured Ankara it would …"). */
        ADDRESSEE,
        /** "according to SOURCE": the source follows the cue, the claim is the rest of the sentence. */
        ACCORDING
    }

    /** Whether the form is a participle in -ing (it then borrows its subject from the main clause). */
    enum Form { FINITE, ING }

    /**
     * One written form of a lemma.
     *
     * @param lemma      dictionary form, for reports
     * @param words      the form's words in lower case ("pointed", "out")
     * @param form       finite or -ing
     * @param complement what follows
     * @param nounLike   the form is also a common noun ("claims", "calls for", "a say"), marked {@code *}
     *                   in the table: accepted only after a pronoun or name, or before a clause
     */
    record Entry(String lemma, String[] words, Form form, Complement complement, boolean nounLike) {
    }

    /**
     * The data: {@code lemma | form/form/… | COMPLEMENT}. A form ending in "ing" is an -ing
     * participle; the others are finite (base, 3rd person, past, past participle). A form marked
     * {@code *} is also a common noun.
     */
    private static final String TABLE = """
            say | say*/says/said/saying | CLAUSE
            tell | tell/tells/told/telling | ADDRESSEE
            assure | assure/assures/assured/assuring | ADDRESSEE
            inform | inform/informs/informed/informing | ADDRESSEE
            remind | remind/reminds/reminded/reminding | ADDRESSEE
            add | add/adds/added/adding | CLAUSE
            stress | stress*/stresses*/stressed/stressing | CLAUSE
            insist | insist/insists/insisted/insisting | CLAUSE
            warn | warn/warns/warned/warning | CLAUSE
            urge | urge/urges/urged/urging | OBJECT
            deny | deny/denies/denied/denying | OBJECT
            claim | claim*/claims*/claimed/claiming | CLAUSE
            predict | predict/predicts/predicted/predicting | OBJECT
            hail | hail/hails/hailed/hailing | OBJECT
            assert | assert/asserts/asserted/asserting | THAT_CLAUSE
            note | note*/notes*/noted/noting | THAT_CLAUSE
            argue | argue/argues/argued/arguing | CLAUSE
            explain | explain/explains/explained/explaining | CLAUSE
            announce | announce/announces/announced/announcing | OBJECT
            declare | declare/declares/declared/declaring | CLAUSE
            acknowledge | acknowledge/acknowledges/acknowledged/acknowledging | CLAUSE
            admit | admit/admits/admitted/admitting | CLAUSE
            concede | concede/concedes/conceded/conceding | CLAUSE
            suggest | suggest/suggests/suggested/suggesting | THAT_CLAUSE
            maintain | maintain/maintains/maintained/maintaining | THAT_CLAUSE
            reiterate | reiterate/reiterates/reiterated/reiterating | CLAUSE
            repeat | repeat/repeats/repeated/repeating | THAT_CLAUSE
            emphasize | emphasize/emphasizes/emphasized/emphasizing/emphasise/emphasises/emphasised/emphasising | CLAUSE
            underline | underline/underlines/underlined/underlining | THAT_CLAUSE
            underscore | underscore/underscores/underscored/underscoring | THAT_CLAUSE
            point out | point out/points out/pointed out/pointing out | CLAUSE
            observe | observe/observes/observed/observing | THAT_CLAUSE
            remark | remark*/remarks*/remarked/remarking | THAT_CLAUSE
            comment | comment*/comments*/commented/commenting | THAT_CLAUSE
            reply | reply*/replies*/replied/replying | CLAUSE
            respond | respond/responds/responded/responding | THAT_CLAUSE
            write | write/writes/wrote/written/writing | THAT_CLAUSE
            tweet | tweet*/tweets*/tweeted/tweeting | THAT_CLAUSE
            accuse | accuse/accuses/accused/accusing | OBJECT
            criticize | criticize/criticizes/criticized/criticizing/criticise/criticises/criticised/criticising | OBJECT
            condemn | condemn/condemns/condemned/condemning | OBJECT
            denounce | denounce/denounces/denounced/denouncing | OBJECT
            call for | call for*/calls for*/called for/calling for | OBJECT
            call on | call on*/calls on*/called on/calling on/call upon*/calls upon*/called upon/calling upon | OBJECT
            appeal for | appeal for*/appeals for*/appealed for/appealing for | OBJECT
            demand | demand*/demands*/demanded/demanding | OBJECT
            propose | propose/proposes/proposed/proposing | OBJECT
            promise | promise*/promises*/promised/promising | OBJECT
            pledge | pledge*/pledges*/pledged/pledging | OBJECT
            vow | vow*/vows*/vowed/vowing | OBJECT
            threaten | threaten/threatens/threatened/threatening | OBJECT
            allege | allege/alleges/alleged/alleging | CLAUSE
            confirm | confirm/confirms/confirmed/confirming | OBJECT
            indicate | indicate/indicates/indicated/indicating | THAT_CLAUSE
            signal | signal*/signals*/signalled/signaled/signalling/signaling | THAT_CLAUSE
            complain | complain/complains/complained/complaining | CLAUSE
            caution | caution*/cautions*/cautioned/cautioning | CLAUSE
            object | object*/objects*/objected/objecting | THAT_CLAUSE
            protest | protest*/protests*/protested/protesting | THAT_CLAUSE
            agree | agree/agrees/agreed/agreeing | THAT_CLAUSE
            recall | recall/recalls/recalled/recalling | THAT_CLAUSE
            proclaim | proclaim/proclaims/proclaimed/proclaiming | CLAUSE
            charge | charge*/charges*/charged/charging | THAT_CLAUSE
            report | reports*/reported/reporting | THAT_CLAUSE
            state | stated/stating | THAT_CLAUSE
            mention | mention*/mentions*/mentioned/mentioning | THAT_CLAUSE
            reveal | reveal/reveals/revealed/revealing | THAT_CLAUSE
            disclose | disclose/discloses/disclosed/disclosing | THAT_CLAUSE
            affirm | affirm/affirms/affirmed/affirming | CLAUSE
            reaffirm | reaffirm/reaffirms/reaffirmed/reaffirming | CLAUSE
            contend | contend/contends/contended/contending | CLAUSE
            counter | counter/counters/countered/countering | THAT_CLAUSE
            retort | retort/retorts/retorted/retorting | CLAUSE
            boast | boast/boasts/boasted/boasting | THAT_CLAUSE
            hint | hint*/hints*/hinted/hinting | THAT_CLAUSE
            speculate | speculate/speculates/speculated/speculating | THAT_CLAUSE
            lament | lament/laments/lamented/lamenting | OBJECT
            deplore | deplore/deplores/deplored/deploring | OBJECT
            praise | praise*/praises*/praised/praising | OBJECT
            welcome | welcome/welcomes/welcomed/welcoming | OBJECT
            reject | reject/rejects/rejected/rejecting | OBJECT
            refute | refute/refutes/refuted/refuting | OBJECT
            dispute | disputed/disputing | OBJECT
            dismiss | dismiss/dismisses/dismissed/dismissing | OBJECT
            blame | blame*/blames*/blamed/blaming | OBJECT
            make clear | make clear/makes clear/made clear/making clear | CLAUSE
            express | express/expresses/expressed/expressing | OBJECT
            ask | ask/asks/asked/asking | THAT_CLAUSE
            continue | continued/continuing | THAT_CLAUSE
            quip | quip*/quips*/quipped/quipping | CLAUSE
            joke | joked/joking | CLAUSE
            exclaim | exclaim/exclaims/exclaimed/exclaiming | CLAUSE
            shout | shouted/shouting | CLAUSE
            specify | specify/specifies/specified/specifying | THAT_CLAUSE
            speak of | speak of/speaks of/spoke of/spoken of/speaking of | OBJECT
            post | posted/posting | THAT_CLAUSE
            put it | put it/puts it | THAT_CLAUSE
            according to | according to | ACCORDING
            """;

    /** Nouns that make "express(ed) …" a statement of position. */
    private static final java.util.Set<String> EXPRESSED = java.util.Set.of(
            "concern", "concerns", "hope", "hopes", "regret", "support", "confidence", "doubt", "doubts",
            "satisfaction", "alarm", "dismay", "disappointment", "readiness", "outrage", "condolences",
            "gratitude", "opposition", "frustration", "optimism", "skepticism", "scepticism", "solidarity",
            "willingness", "interest", "anger", "indignation");

    private static final Map<String, List<Entry>> BY_FIRST_WORD = load();

    private SpeechVerbs() {
    }

    private static Map<String, List<Entry>> load() {
        Map<String, List<Entry>> map = new HashMap<>();
        for (String line : TABLE.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\\|");
            String lemma = cols[0].trim();
            Complement complement = Complement.valueOf(cols[2].trim());
            for (String f : cols[1].trim().split("/")) {
                boolean noun = f.endsWith("*");
                String[] words = f.replace("*", "").trim().split(" ");
                Form form = words[0].endsWith("ing") && !words[0].equals("according") ? Form.ING : Form.FINITE;
                if (words[0].equals("according")) {
                    form = Form.FINITE;
                }
                map.computeIfAbsent(words[0], k -> new ArrayList<>())
                        .add(new Entry(lemma, words, form, complement, noun));
            }
        }
        for (List<Entry> l : map.values()) {
            l.sort(Comparator.comparingInt((Entry e) -> -e.words().length));
        }
        return Map.copyOf(map);
    }

    /**
     * The longest entry whose words match the word tokens starting at {@code i}, or null. Matches only
     * forms written in lower case: a capitalised "State" or "Report" is a name, not a verb.
     */
    static Entry match(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.WORD
                || !(Character.isLowerCase(t.text().charAt(0)) || t.text().equals("According"))) {
            return null;
        }
        List<Entry> candidates = BY_FIRST_WORD.get(t.lower());
        if (candidates == null) {
            return CALLED.contains(t.lower()) ? called(tokens, i) : null;
        }
        if (candidates.get(0).lemma().startsWith("express")) {
            return expressed(tokens, i, candidates.get(0).form());
        }
        for (Entry e : candidates) {
            if (matchesAt(tokens, i, e.words())) {
                return e;
            }
        }
        return CALLED.contains(t.lower()) ? called(tokens, i) : null;
    }

    /** Bare forms of "call" that may name something as a speech act ("called the plan “a trap”"). */
    private static final java.util.Set<String> CALLED = java.util.Set.of("call", "calls", "called", "calling");
    /** Longest object between "called" and the quoted words it is called. */
    private static final int MAX_CALLED_OBJECT = 8;

    /**
     * "called the accusations “a provocation”": call X Y is saying that X is Y, a speech act when
     * Y is a quotation after an object of one to {@link #MAX_CALLED_OBJECT} words ("a group called
     * “…”" names, and "called a meeting" acts). The caller checks that the quotation has two words.
     */
    private static Entry called(List<Token> tokens, int i) {
        int k = i + 1;
        while (k < tokens.size() && k - i - 1 < MAX_CALLED_OBJECT && tokens.get(k).kind() == Token.Kind.WORD) {
            k++;
        }
        if (k == i + 1 || k >= tokens.size() || tokens.get(k).kind() != Token.Kind.QUOTE) {
            return null;
        }
        String w = tokens.get(i).lower();
        return new Entry("call", new String[] {w}, w.endsWith("ing") ? Form.ING : Form.FINITE, Complement.OBJECT,
                false);
    }

    /** The quotation a {@link #called} entry at token {@code i} calls its object, or null for other entries. */
    static Token calledQuote(List<Token> tokens, int i, Entry e) {
        if (!e.lemma().equals("call")) {
            return null;
        }
        int k = i + 1;
        while (k < tokens.size() && tokens.get(k).kind() == Token.Kind.WORD) {
            k++;
        }
        return k < tokens.size() ? tokens.get(k) : null;
    }

    /** "expressed (its deep) concern", "expresses the hope": a speech act when a stance noun follows. */
    private static Entry expressed(List<Token> tokens, int i, Form form) {
        for (int k = i + 1; k < tokens.size() && k <= i + 4 && tokens.get(k).kind() == Token.Kind.WORD; k++) {
            if (EXPRESSED.contains(tokens.get(k).lower())) {
                String[] words = new String[k - i + 1];
                for (int w = i; w <= k; w++) {
                    words[w - i] = tokens.get(w).lower();
                }
                return new Entry("express " + tokens.get(k).lower(), words, form, Complement.OBJECT, false);
            }
        }
        return null;
    }

    private static boolean matchesAt(List<Token> tokens, int i, String[] words) {
        if (i + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            Token t = tokens.get(i + k);
            if (t.kind() != Token.Kind.WORD || !t.lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word} is any form of a lexicon verb (used to tell narrative from quoted text). */
    static boolean isForm(String word) {
        return BY_FIRST_WORD.containsKey(word.toLowerCase(Locale.ROOT));
    }
}
