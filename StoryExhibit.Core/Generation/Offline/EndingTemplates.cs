using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline;

/// <summary>The resolution, one set per kind of ending. Each telling carries its kind's signature mood.</summary>
internal static class EndingTemplates
{
    public static IReadOnlyList<string> Body(EndingPreference ending) => ending switch
    {
        EndingPreference.Bittersweet =>
        [
            "[They did it, but it was time to say goodbye.|They had done it, yet the victory came with a goodbye.|They had done it, though the victory arrived hand in hand with a goodbye.]",
            "[{Companion} had to go home. {Hero} would miss {companion}.|{Companion} had to return home, and {hero} knew {they} would miss {companion} every day.|{Companion} was called home at last, and {hero} understood {they} would miss that familiar presence every single day.]",
            "[The {key} was safe, but {place} had changed.|The {key} was safe, but {place} would never be the same again.|The {key} was safe, but {place} would never be quite the same again.]",
            "[{Hero} smiled and cried a little too.|{Hero} smiled, even as a tear slid down {their} cheek.|{Hero} smiled through a single tear, finding that joy and sorrow could share one heart.]",
            "[The {object} stopped glowing. Its work was done.|The {object} went quiet and dim, its work finished forever.|The {object} dimmed for the last time, its long work finished.]",
            "[The {foe} went away and was sad and alone.|The {foe} left, and somehow {hero} felt a little sorry for it.|The {foe} withdrew, and {hero} was surprised to feel a pang of pity as it went.]",
        ],
        EndingPreference.Twist =>
        [
            "[But guess what? The {foe} was never bad at all!|Then they learned the truth: the {foe} had been guarding the {key}, not stealing it.|Then they learned the truth that nobody had guessed: the {foe} had been protecting the {key} all along.]",
            "[And the {key} was inside the {object} all along!|It turned out that the {key} had been hidden inside the {object} all along.|It turned out that the {key} had been hidden inside the {object} the entire time.]",
            "[{Companion} had a secret. {Companion} knew the whole time!|{Companion} confessed a secret: {companion} had known the answer from the very start.|{Companion} finally confessed a secret kept since the very beginning: the answer had never been lost at all.]",
            "[Everyone laughed at the big surprise.|Everyone laughed, because nobody had guessed the truth.|Everyone laughed in astonishment, for not one of them had guessed the truth.]",
            "[{Stranger} was really a friend in disguise.|It turned out that {stranger} had been quietly guiding them from the start.|It turned out that {stranger} had been quietly guiding them from the very start.]",
            "[Nothing was what it seemed.|Nothing had been what it looked like.|In the end, nothing had been what it looked like.]",
        ],
        EndingPreference.Open =>
        [
            "[They found the {key}, but there was a new door behind it.|They found the {key}, but behind it waited a door nobody had ever opened.|They found the {key}, only to discover a further door behind it, one no one had ever opened.]",
            "[{Hero} felt sure that there was more to discover.|{Hero} felt sure that there was still more to discover.|Perhaps, {hero} thought, this was not an ending at all but a beginning.]",
            "[The {object} began to glow again. Why?|The {object} began to glow again, pointing somewhere new.|The {object} began to glow once more, pointing towards somewhere no map had ever shown.]",
            "[Who knows what tomorrow will bring?|Who knows what tomorrow might bring?|Who could say what tomorrow might bring?]",
            "[“Where should we go next?” asked {companion}.|“Where should we go next?” asked {companion}, and nobody had an answer yet.|“Where should we go next?” asked {companion}, and for once {hero} had no answer.]",
            "[The {foe} had gone away, at least for now.|The {foe} had gone, at least for now.|The {foe} had gone, though perhaps not forever.]",
        ],
        _ =>
        [
            "[They did it! The {key} was found.|They had done it, and the {key} was finally found.|They had done it: the {key} was found at last, and their joy spilled over.]",
            "[Everyone in {place} cheered.|The whole of {place} cheered and sang and danced.|All of {place} poured out to cheer, to sing and to celebrate late into the night.]",
            "[Even the {foe} said sorry and joined the party.|Even the {foe} said sorry, and joined the celebration too.|Even the {foe}, to everyone’s surprise, apologised and joined the celebration.]",
            "[{Hero} and {companion} laughed and laughed.|{Hero} and {companion} laughed until their sides ached.|{Hero} and {companion} laughed until their sides ached, happier than they had ever been.]",
            "[The {object} glowed with a happy golden light.|The {object} glowed a warm and happy gold.|The {object} glowed with a warm golden light, as if it were glad too.]",
            "[Now everyone was happy.|From then on, everyone in {place} lived happily.|Everyone in {place} was happier than they had ever been.]",
        ],
    };

    public static IReadOnlyList<string> Closing(EndingPreference ending) => ending switch
    {
        EndingPreference.Bittersweet =>
        [
            "[Some goodbyes are also beginnings.|Some goodbyes, {hero} learned, are also beginnings.|Some goodbyes, {hero} came to understand, are also quiet beginnings.]",
            "[{Hero} would always remember this adventure.|{Hero} would remember this adventure for the rest of {their} life, with a smile and a little ache.|For the rest of {their} days, {hero} would remember it with a smile and a small ache.]",
            "[And that was the end, happy and a little sad.|And so the story ended, bittersweet and true.|And so it ended, as the truest stories do, bittersweet and unforgettable.]",
        ],
        EndingPreference.Twist =>
        [
            "[What a surprise it all was!|Nobody in {place} ever forgot the surprise.|Nobody in {place} ever forgot that surprise, and they retold it for generations.]",
            "[And {hero} never guessed it until the very end.|{Hero} had never guessed, not once, until the very end.|{Hero} had never once suspected the truth until the very final moment.]",
            "[So the secret was out at last.|At last, the secret was out.|At long last, the secret was out.]",
        ],
        EndingPreference.Open =>
        [
            "[Maybe that is a story for another day.|But perhaps that is a story for another day.|But that, perhaps, is a story for another day.]",
            "[And the adventure went on.|So the adventure continued, somewhere beyond the last page.|So the adventure carried on, somewhere just past the edge of the page.]",
            "[What do you think happened next?|What do you think happened next?|Perhaps only you can imagine what happened next.]",
        ],
        _ =>
        [
            "[Everyone lived happily for the rest of their days.|They were happy for the rest of their days.|Every one of them was happy for the rest of their days.]",
            "[{Hero} went home happy and proud.|That night, {hero} went home happy and proud.|That night, {hero} went home happy and proud and very sleepy.]",
            "[It was the best day ever.|It was, everyone agreed, the best day {place} had ever seen.|It was, all agreed, the happiest day {place} had ever known.]",
        ],
    };
}
