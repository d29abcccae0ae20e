namespace StoryExhibit.Core.Moderation;

internal static partial class Lexicon
{
    public static IReadOnlyList<LexiconTerm> All { get; } = [.. Harm(), .. Offence()];

    /// <summary>
    /// Innocent phrases that contain a listed word (the Scunthorpe problem for phrases; single words are matched whole,
    /// so "class", "grape", "skill" and "Scunthorpe" never match). A finding inside one of these is no finding.
    /// </summary>
    public static IReadOnlyList<LexiconTerm> Innocent { get; } = Phrases(
        "kil~ time", "kiler whale~", "kil~ the light~|lamp~|engine|motor", "dresed to kil", "fight~ back _ tear~", "fight~ _ fire|fires",
        "pilow|snowbal|food|water|tickle|play|pretend|custard|pie|bubble|thumb|foam fight~", "shoting star~", "shoot~ hoops", "photo shoot~",
        "shoot~ _ photo~|picture~|film~|movie~|goal~|basket~|hoop~", "bath bomb~", "photo bomb~", "blod orange~|moon~|cel~|type~|test~|donor~|presure|bank~",
        "dick whitington", "moby dick", "dick turpin", "asasin bug~", "pussy cat~|wilow~", "blue|great|coal tits", "the guts to", "had|has|have|having guts",
        "water|toy|nerf|glue|staple|spray|bubble|laser tag gun~|pistol~|sword~", "cokie monster~", "monster truck~", "scream~ with|of laughter|delight|joy",
        "screamed|scream~ _ ice cream", "frut punch~", "punch line~|card~|bowl~", "boby trap~", "wound up", "war and peace", "star wars",
        "pillow|water|pretend|play fight~", "sword~ _ away|down|sheath*|sheathed", "bomb~ _ test|exam",
        "die laughing", "dying to", "death star", "bored|scared|tickled|worried|frozen|freezing|starving|laughed|laughing to death", "eat~|ate _ him|her|them|everyone|everybody up|out");

    /// <summary>Words that undo a finding of fear, violence or gore shortly after them ("no blood", "not scary at all", "stops the fight").</summary>
    public static readonly IReadOnlySet<string> Negators = new HashSet<string>(StringComparer.Ordinal)
    {
        "no", "not", "never", "without", "nobody", "nothing", "none", "neither", "nor", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent",
        "werent", "wont", "cant", "cannot", "couldnt", "shouldnt", "wouldnt", "stop", "stops", "stopped", "stopping", "instead", "avoid",
        "avoids", "avoided", "prevent", "prevents", "prevented", "refuse", "refuses", "refused", "forbid", "forbids", "forbidden", "free",
    };

    /// <summary>Words that make a monster or a ghost harmless when they come just before it ("a friendly monster", "a shy little vampire").</summary>
    public static readonly IReadOnlySet<string> Softeners = new HashSet<string>(StringComparer.Ordinal)
    {
        "friendly", "kind", "gentle", "cuddly", "shy", "silly", "tiny", "sleepy", "nice", "cute", "helpful", "lonely", "lost", "baby",
        "fluffy", "funny", "happy", "polite", "sad", "harmless", "goofy", "giggling", "smiling", "dancing", "toy", "pretend", "costume",
        "plush", "knitted", "paper", "chocolate", "sugar", "purple", "kindly", "grumpy", "little",
    };

    /// <summary>What a creature is said not to be, undoing it ("a monster that is not scary at all").</summary>
    public static readonly IReadOnlySet<string> Menacing = new HashSet<string>(StringComparer.Ordinal)
    {
        "scary", "scarey", "frightening", "mean", "dangerous", "evil", "spooky", "creepy", "fierce", "bad", "harmful", "terrifying",
    };

    /// <summary>Words that end a clause for negation ("no sword, but then he stabs...").</summary>
    public static readonly IReadOnlySet<string> ClauseWords = new HashSet<string>(StringComparer.Ordinal) { "but", "then", "until", "except", "yet" };

    private static IReadOnlyList<LexiconTerm> Phrases(params string[] phrases) => [.. phrases.Select(p => new LexiconTerm(ModerationCategory.Fear, 0, p))];
}
