package org.parley.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.speaker.ArticleContext.Kind;
import org.parley.speaker.ArticleContext.Source;
import org.parley.speaker.Attribution.Sieve;

/**
 * Transcript labels that name a role in the conversation rather than a person: "Answer:"/"A:"
 * (whoever the article said answers) and "HOST:"/"PRESENTER:"/"ANCHOR:" (the presenter the
 * introduction names: "presenter Jane Doe", "presented by Jane Doe", "I'm Jane Doe"). A presenter
 * label with no presenter named before it is anonymous, never a person called "Host".
 *
 * <p>Not thread-safe: one per article, like {@link ArticleContext}, whose quote history it reads.
 */
final class TranscriptLabels {

    private static final Set<String> ANSWER = Set.of("answer", "a");
    private static final Set<String> PRESENTER = Set.of("host", "presenter", "anchor", "anchorman", "anchorwoman",
            "newsreader");
    /**
     * An introduction naming the presenter: a role word or "I'm" and two or three capitalised words.
     * Linear: each repetition starts at white space the word class before it cannot match.
     */
    private static final Pattern INTRO = Pattern.compile(
            "(?:\\b(?:[Pp]resenter|[Hh]ost|[Aa]nchor|[Nn]ewsreader|[Pp]resented by|[Hh]osted by)|\\bI[’']m|\\bI am)"
                    + "\\s+(\\p{Lu}[\\p{L}’'-]+(?: \\p{Lu}[\\p{L}’'-]+){1,2})");

    private final List<Source> history;
    private final ArticleScan scan;
    private final ArticleNames names;
    private String presenter;
    private boolean presenterSought;

    TranscriptLabels(List<Source> history, ArticleScan scan, ArticleNames names) {
        this.history = history;
        this.scan = scan;
        this.names = names;
    }

    /** Whether {@code mention} is a role label this class resolves. */
    static boolean handles(String mention) {
        String m = mention.strip().toLowerCase(Locale.ROOT);
        return ANSWER.contains(m) || PRESENTER.contains(m);
    }

    Source resolve(String mention, int paragraph, int at) {
        String m = mention.strip().toLowerCase(Locale.ROOT);
        return ANSWER.contains(m) ? answerer(mention, paragraph, at) : presenter(mention, paragraph, at);
    }

    private Source presenter(String mention, int paragraph, int at) {
        if (!presenterSought) {
            presenterSought = true;
            Matcher x = INTRO.matcher(names.text());
            x.region(0, Math.min(at, names.text().length()));
            presenter = x.find() ? x.group(1) : null;
        }
        if (presenter == null) {
            return anonymous(mention, paragraph, at);
        }
        return new Source(new Attribution(presenter, mention, Sieve.TRANSCRIPT), null, Kind.PERSON,
                names.genderOf(presenter), false, false, paragraph, at);
    }

    /**
     * The answerer of a question-and-answer transcript: the person the text named last before the
     * first answer ("Following the meeting, Teodor Vasic answered questions"), registry or not; later
     * answers keep that speaker, since the questions in between name other people.
     */
    private Source answerer(String mention, int paragraph, int at) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Source h = history.get(i);
            if (h.attribution().mention() != null
                    && ANSWER.contains(h.attribution().mention().strip().toLowerCase(Locale.ROOT))) {
                return new Source(new Attribution(h.attribution().speaker(), mention, h.attribution().sieve()),
                        h.entity(), h.kind(), h.gender(), false, false, paragraph, at);
            }
        }
        ArticleScan.Hit reg = scan.lastPerson(at, Gender.UNKNOWN);
        ArticleNames.Entry other = names.lastBefore(at);
        String name = null;
        Entity e = null;
        if (reg != null && (other == null || reg.offset() >= other.offset())) {
            e = reg.entity();
            name = e.name();
        } else if (other != null) {
            name = other.name();
        }
        if (name == null) {
            return anonymous(mention, paragraph, at);
        }
        return new Source(new Attribution(name, mention, Sieve.TRANSCRIPT), e, Kind.PERSON,
                e == null ? Gender.UNKNOWN : e.gender(), false, false, paragraph, at);
    }

    private static Source anonymous(String mention, int paragraph, int at) {
        return new Source(new Attribution(null, mention, Sieve.ANONYMOUS), null, Kind.ANONYMOUS, Gender.UNKNOWN,
                false, false, paragraph, at);
    }
}
