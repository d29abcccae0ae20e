namespace StoryExhibit.Core.StoryIllustrator;

/// <summary>Words that make a sentence worth drawing (people, places, actions, light and colour) and words that do not (thoughts).</summary>
internal static class VisualWords
{
    public static readonly HashSet<string> People = Set(
        "he she they him her his man woman men women boy girl child children king queen prince princess knight witch wizard",
        "soldier sailor captain farmer baker mother father sister brother grandmother grandfather old young stranger crowd",
        "fox wolf bear dragon horse cat dog bird owl raven mouse rabbit deer whale fish giant ghost robot monster creature");

    public static readonly HashSet<string> Places = Set(
        "forest wood woods tree trees castle tower river lake sea ocean shore beach harbour harbor ship boat island mountain",
        "mountains hill hills valley village town city street streets road path bridge garden field fields meadow cave desert",
        "room hall kitchen door window stairs roof attic cellar market square station train sky clouds moon sun stars storm",
        "snow rain fog mist night dawn sunset fire lantern candle lamp shadow shadows light waves ice");

    public static readonly HashSet<string> Actions = Set(
        "ran run runs running climbed climbs climbing flew fly flies flying jumped jumps leapt swam swims walked walks walking",
        "rode rides danced dances fell falls fought fights carried carries held holds opened opens lifted raised pointed",
        "stood stands sat sits knelt crawled rushed raced chased chases sailed sails burst crashed glowed glows shone shines",
        "blazed sparkled burned burning towered loomed rose rising drifted dragged pulled pushed threw grabbed reached entered");

    public static readonly HashSet<string> Colours = Set(
        "red blue green yellow golden gold silver white black grey gray purple orange pink dark bright glowing shining tall",
        "huge tiny great ancient crumbling misty frozen burning wet sparkling enormous");

    public static readonly HashSet<string> Inner = Set(
        "thought think thinks felt feel feels wondered wonder remembered remember knew know believed believe realised realized",
        "decided hoped wished meant idea reason because perhaps maybe seemed explained said asked replied answered");

    public static readonly HashSet<string> NotNames = Set(
        "the a an and but or then when while after before once there here it its this that these those i we you my our your",
        "chapter part scene mr mrs miss dr saint st monday tuesday wednesday thursday friday saturday sunday");

    private static HashSet<string> Set(params string[] lines) =>
        new(lines.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.OrdinalIgnoreCase);
}
