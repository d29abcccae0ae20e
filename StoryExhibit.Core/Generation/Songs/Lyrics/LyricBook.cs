namespace StoryExhibit.Core.Generation.Songs.Lyrics;

/// <summary>
/// The offline lyric engine's lines. Rhymed lines come in families that share their spelled ending ("-ight", "-ound"),
/// so any two lines of a family rhyme; free lines carry the story ({hero}, {place}, {thing}, {deed}). Every line is
/// written to about eight syllables. A line starting with "!" is kept from songs for children.
/// </summary>
internal static class LyricBook
{
    public sealed record Family(string Ending, IReadOnlyList<string> Lines);

    public sealed record KindBook(string Title, string Hook, string HookEnding, IReadOnlyList<string> FreeLines, IReadOnlyList<Family> Families);

    public static KindBook For(SongKind kind) => kind switch
    {
        SongKind.Lullaby => Lullaby,
        SongKind.Funny => Funny,
        SongKind.Sad => Sad,
        _ => Adventure,
    };

    private static readonly KindBook Lullaby = new("A Lullaby for {hero}", "So goodnight, {hero}, goodnight", "ight",
    [
        "Hush now, {hero}, close your eyes", "In {place} the lamps are low", "You carried {thing} all day long",
        "Today you chose to {deed}", "The moon looks down on {place}", "Lay down {thing} by your bed", "Remember how you chose to {deed}",
    ],
    [
        new("ight", ["and the stars are shining bright", "sleep until the morning light", "everything will be all right", "the moon is keeping watch tonight"]),
        new("eep", ["the sheep are counting you to sleep", "the night is soft, the night is deep", "your dreams are yours to keep", "the little mice no longer peep"]),
        new("ay", ["tomorrow is another day", "the clouds have gently rolled away", "the ponies dream upon the hay", "the angels of the evening stay"]),
        new("eam", ["and drift along a silver stream", "and sail into a gentle dream", "where all the little fireflies gleam", "and float upon a golden beam"]),
    ]);

    private static readonly KindBook Adventure = new("The Ballad of {hero}", "So onward, {hero}, find your way", "ay",
    [
        "Here comes {hero}, brave and true", "Across {place} the banners fly", "With {thing} held high in hand",
        "{Hero} chose to {deed}", "Through {place} the drums are loud", "They took {thing} and off they went", "And when they chose to {deed}",
    ],
    [
        new("ay", ["and every dawn's a brand new day", "the brave ones never run away", "and off they gallop, come what may", "and sing hooray, hip hip hooray"]),
        new("ound", ["to see what treasure can be found", "with thunder rolling all around", "their footsteps drumming on the ground", "the trumpets make a mighty sound"]),
        new("old", ["with hearts of fire, brave and bold", "to find the secret never told", "!through wind and rain and bitter cold", "a tale that's worth its weight in gold"]),
        new("ide", ["with friends to travel side by side", "across the mountains high and wide", "with courage as their only guide", "the river running with the tide"]),
    ]);

    private static readonly KindBook Funny = new("The Silly Song of {hero}", "Oh {hero}, what a hullabaloo", "oo",
    [
        "Oh {hero} had a wobbly day", "In {place} the chickens danced", "With {thing} upon their nose",
        "{Hero} tried to {deed}", "They juggled {thing} and a spoon", "In {place} the jelly wobbled", "And when they tried to {deed}",
    ],
    [
        new("oo", ["the cows all laughed and shouted moo", "a penguin waddled from the zoo", "and then the goat sang with them too", "they washed the dragon with shampoo"]),
        new("ake", ["they baked a giant wobbly cake", "and made the whole wide castle shake", "they went for swimming in the lake", "they tickled a bewildered snake"]),
        new("ing", ["the frogs all started up to sing", "they found a pickle for a king", "and danced a jig with everything", "the teapot started going ding"]),
        new("at", ["and wore a pudding for a hat", "and fell and landed with a splat", "a bat was chatting with a cat", "they sat on something soft and flat"]),
    ]);

    private static readonly KindBook Sad = new("A Quiet Song for {hero}", "Oh {hero}, we will meet again", "ain",
    [
        "Oh {hero}, the evening's grey", "In {place} the wind is low", "They held {thing} close and near",
        "Remember when we chose to {deed}", "The lights of {place} grow dim", "{Thing} is waiting on the sill", "We never will forget {place}",
    ],
    [
        new("ain", ["the window's soft with gentle rain", "and sing a soft and slow refrain", "across the wide and silent plain", "and so the little songs remain"]),
        new("ow", ["and watch the candle burning low", "the river's winding soft and slow", "and all the things we used to know", "and softly falls the evening snow"]),
        new("ear", ["and wish that you were standing near", "I hold the memory so dear", "!and wipe away a little tear", "the stars will shine again next year"]),
        new("ight", ["we'll hold each other close tonight", "and wait until the morning light", "and everything will be all right", "a little lantern burning bright"]),
    ]);
}
