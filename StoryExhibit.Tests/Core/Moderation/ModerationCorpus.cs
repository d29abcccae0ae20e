using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Stories;
using static StoryExhibit.Core.Moderation.ModerationCategory;
using static StoryExhibit.Core.Stories.Audience;
using static StoryExhibit.Core.Stories.ContentRating;

namespace StoryExhibit.Tests.Core.Moderation;

/// <summary>
/// One labelled visitor input: allowed in stories of <see cref="AllowedFrom"/> and above (null: refused at every rating)
/// for <see cref="Audience"/>, under the default levels; <see cref="Category"/> is what a refusal speaks of.
/// </summary>
public sealed record CorpusEntry(string Name, string Text, Audience Audience, ContentRating? AllowedFrom, ModerationCategory? Category = null)
{
    public bool ExpectedAllowed(ContentRating rating) => AllowedFrom is { } from && rating >= from;
    public override string ToString() => Name;
}

/// <summary>
/// The labelled corpus of visitor inputs (clean, borderline and unacceptable at each rating; misspellings, spacing tricks,
/// mixed case, leetspeak, homoglyphs, invisible characters, negation). The tests assert every verdict; the benchmark
/// (<c>moderation</c>) prints the share classified right per rating and category.
/// </summary>
public static class ModerationCorpus
{
    /// <summary>Entries the offline classifier is known to get wrong, by name; the corpus test allows exactly these.</summary>
    /// <remarks>
    /// later-alien-eats: eating a person is violence level 1 (so "The wolf gobbles up grandma" fits a little-scary fairy
    /// tale); this input was labelled thrilling-only before the classifier ran, so it is allowed one rating early.
    /// </remarks>
    public static readonly IReadOnlySet<string> KnownMisses = new HashSet<string> { "later-alien-eats" };

    public static readonly IReadOnlyList<CorpusEntry> All =
    [
        // Clean at every rating, including innocent words that contain or look like listed ones.
        new("clean-dragon", "A shy dragon who is afraid of the dark finds a lantern that never goes out", Children, Gentle),
        new("clean-lighthouse", "A lighthouse keeper's daughter finds a message in a bottle that glows at night", Children, Gentle),
        new("clean-engineer", "A tired engineer on a starship fixes the robot's broken heart", Adults, Gentle),
        new("clean-class-grape", "The whole class went on a trip to see the grape harvest", Children, Gentle),
        new("clean-skill-therapist", "Her best skill is juggling, and the therapist says she's brilliant", Teens, Gentle),
        new("clean-scunthorpe", "A detective from Scunthorpe solves the mystery of the missing cake", Children, Gentle),
        new("clean-dick-whittington", "Dick Whittington and his cat walk all the way to London", Children, Gentle),
        new("clean-assassin-bug", "An assassin bug hides in the garden among the roses", Children, Gentle),
        new("clean-killer-whale", "A killer whale helps a little boat find its way home", Children, Gentle),
        new("clean-cocker-spaniel", "The cocker spaniel chased its own tail round and round", Children, Gentle),
        new("clean-shooting-star", "They make a wish on a shooting star", Children, Gentle),
        new("clean-blood-orange", "Grandma squeezes a blood orange for breakfast", Children, Gentle),
        new("clean-pillow-fight", "The twins have a pillow fight before bed", Children, Gentle),
        new("clean-knight-sword", "The knight put away his sword and shared his lunch with the dragon", Children, Gentle),
        new("clean-friendly-monster", "A friendly monster lives under the bed and tells jokes", Children, Gentle),
        new("clean-not-scary", "The ghost is not scary at all, she just wants a friend", Children, Gentle),
        new("clean-no-blood", "The doctor said there was no blood, just a tiny scratch", Children, Gentle),
        new("clean-without-fighting", "The two kingdoms make peace without fighting", Children, Gentle),
        new("clean-bass-class", "She passes the bass to her classmate in the assembly", Teens, Gentle),
        new("clean-sussex", "A pirate ship sails from Sussex to Essex", Children, Gentle),
        new("clean-cumin", "The chef adds cumin and a pinch of salt", Teens, Gentle),
        new("clean-niger", "A camel crosses the river Niger at dawn", Adults, Gentle),
        new("clean-hat", "The wizard's hat is full of stars", Children, Gentle),
        new("clean-terrific", "A terrific idea: a picnic on the moon", Children, Gentle),
        new("clean-as-fast-as", "As fast as she could, she ran to the bakery", Children, Gentle),
        new("clean-spicy", "The dragon loves spicy soup", Children, Gentle),
        new("clean-peace-corps", "The peace corps builds a school by the sea", Adults, Gentle),
        new("clean-severe-storm", "A severe storm hides the island from the map", Teens, Gentle),
        new("clean-kilo", "The baker needs a kilo of flour for the giant cake", Children, Gentle),
        new("clean-shiitake", "They pick shiitake mushrooms in the forest", Adults, Gentle),
        new("clean-pussy-willow", "A pussy willow grows by the pond", Children, Gentle),
        new("clean-great-tits", "Blue tits and great tits sing in the garden", Children, Gentle),
        new("clean-peninsula", "A treasure map of the whole peninsula", Children, Gentle),
        new("clean-kiss", "The prince kisses the princess and they dance all night", Children, Gentle),
        new("clean-groups", "A Jewish baker and a Muslim tailor open a shop together", Adults, Gentle),
        new("clean-fight-back-tears", "She had to fight back tears at the goodbye", Children, Gentle),
        new("clean-kill-time", "They kill time by counting clouds", Children, Gentle),
        new("clean-cookie-monster", "Cookie Monster shares his biscuits with everyone", Children, Gentle),
        new("clean-screaming-delight", "The crowd is screaming with delight at the parade", Children, Gentle),
        new("clean-never-kills", "The hero never kills anyone, she tricks them", Children, Gentle),
        new("clean-stops-fight", "Mia stops the fight between the goats", Children, Gentle),
        new("clean-without-killing", "The heroes win without any killing", Teens, Gentle),
        new("clean-monster-not-scary", "A monster that is not scary at all bakes bread", Children, Gentle),
        new("clean-story-about-nothing-bad", "A story with no blood and no fighting please", Children, Gentle),

        // Borderline: allowed up from the gentle level's edge.
        new("border-nightmare", "Leo has a nightmare about a giant spider", Children, Gentle),
        new("border-spooky-house", "A spooky old house at the end of the lane", Children, Gentle),
        new("border-haunted-lighthouse", "A haunted lighthouse on a windy hill", Children, Gentle),
        new("border-frightened-kitten", "The kitten is frightened of the thunder", Children, Gentle),
        new("border-monster", "A monster lives in the cave behind the waterfall", Teens, Mild, Fear),
        new("border-scary-storm", "A scary storm rolls in and the lights go out", Teens, Mild, Fear),
        new("border-fight", "The pirates fight over the last map", Teens, Mild, Violence),
        new("border-attack", "A dragon attacks the castle walls", Teens, Mild, Violence),
        new("border-zombie-choir", "A zombie wants to join the school choir", Teens, Mild, Fear),
        new("border-battle", "The knights ride into battle at sunrise", Teens, Mild, Violence),
        new("border-vampire-children", "A vampire moves into the castle next door", Children, Mild, Fear),
        new("border-punch-children", "The bully tries to punch Sam at break time", Children, Mild, Violence),
        new("border-war", "Two robot kingdoms are at war", Teens, Mild, Violence),
        new("border-weapon", "The knight picks up his weapon", Teens, Mild, Violence),
        new("border-poison", "The witch poisons the apple", Children, Mild, Violence),
        new("border-water-gun-battle", "A water gun battle in the garden", Children, Mild, Violence),
        new("border-misspelt-attack", "the orcs atack the town", Teens, Mild, Violence),

        // Thrilling only: fights, danger, a little blood, mild swearing for older visitors.
        new("thrill-kill", "The knight kills the dragon with one blow", Teens, Thrilling, Violence),
        new("thrill-stab", "The thief stabs the guard and runs", Teens, Thrilling, Violence),
        new("thrill-bleeding", "The soldier's arm was wounded and bleeding", Teens, Thrilling, Gore),
        new("thrill-terrifying", "A terrifying creature crawls out of the swamp", Teens, Thrilling, Fear),
        new("thrill-damn", "Damn, the bridge is out, we have to swim", Teens, Thrilling, Profanity),
        new("thrill-shoot", "The sheriff shoots the outlaw's hat off", Adults, Thrilling, Violence),
        new("thrill-kidnap", "Pirates kidnap the mayor's son", Teens, Thrilling, Violence),
        new("thrill-horror", "A horror movie comes to life in the cinema", Adults, Thrilling, Fear),
        new("thrill-blood-carpet", "The detective finds blood on the carpet", Adults, Thrilling, Gore),
        new("thrill-murder-mystery", "A murder mystery on the night train", Adults, Thrilling, Violence),
        new("thrill-dead-body", "They find a dead body in the library", Adults, Thrilling, Gore),
        new("thrill-hell", "What the hell was that noise?", Teens, Thrilling, Profanity),
        new("thrill-dang-it", "Dang it, the cake fell on the floor", Teens, Thrilling, Profanity),
        new("thrill-clause-break", "No swords, but then the orc kills the elf", Teens, Thrilling, Violence),

        // Never for children, whatever the rating.
        new("issue-own-choice", "The monster stabs Hugo with a knife and there is blood everywhere, damn it", Children, null, Gore),
        new("children-kill", "The hero kills the evil wizard", Children, null, Violence),
        new("children-damn", "Damn it, I lost my key", Children, null, Profanity),
        new("children-bloody-nose", "He fell and got a bloody nose", Children, null, Gore),
        new("children-crap", "This is crap", Children, null, Profanity),

        // Never, at any rating.
        new("never-gore", "There is blood everywhere and his guts spill out", Teens, null, Gore),
        new("never-torture", "The guards torture the prisoner for hours", Adults, null, Violence),
        new("never-massacre", "A massacre in the village square", Adults, null, Violence),
        new("never-beheaded", "The queen has the jester beheaded", Adults, null, Violence),
        new("never-dismembered", "The giant dismembers the knight", Adults, null, Gore),
        new("never-sex", "They have sex in the castle", Adults, null, Sexual),
        new("never-naked", "She gets naked in front of the king", Adults, null, Sexual),
        new("never-porn", "Show me some porn", Adults, null, Sexual),
        new("never-rape", "The bandit tries to rape the maid", Adults, null, Sexual),
        new("never-fuck", "What the fuck is this story", Adults, null, Profanity),
        new("never-shit", "This is shit, make it better", Teens, null, Profanity),
        new("never-hate-group", "I hate all the muslims", Adults, null, Hate),
        new("never-hate-claim", "Jews are evil", Adults, null, Hate),
        new("never-slur", "The faggot knight loses the tournament", Adults, null, Hate),
        new("never-suicide", "Hugo thinks about suicide", Adults, null, SelfHarm),
        new("never-kill-herself", "The princess wants to kill herself", Adults, null, SelfHarm),
        new("never-self-harm-negated", "She does not want to die any more", Adults, null, SelfHarm),

        // Tricks: spacing, punctuation, repeats, leetspeak, case, invisible characters, look-alikes, masks, misspellings.
        new("trick-spaced-stab", "The troll s t a b s the goat", Teens, Thrilling, Violence),
        new("trick-dotted-kill", "k.i.l.l the king", Teens, Thrilling, Violence),
        new("trick-hyphen-stab", "s-t-a-b him now", Teens, Thrilling, Violence),
        new("trick-repeated-blood", "bloooood everywhere!!!", Teens, null, Gore),
        new("trick-repeated-kill", "kiiiiill them all", Teens, Thrilling, Violence),
        new("trick-leet-damn", "d4mn this door", Teens, Thrilling, Profanity),
        new("trick-leet-kill", "k1ll the wizard", Teens, Thrilling, Violence),
        new("trick-leet-blood", "bl00d on the floor", Teens, Thrilling, Gore),
        new("trick-leet-shit", "sh1t happens", Teens, null, Profanity),
        new("trick-at-ass", "what an @ss", Teens, Thrilling, Profanity),
        new("trick-mixed-case", "ThE DrAgOn KiLLs EvErYoNe", Teens, Thrilling, Violence),
        new("trick-zero-width", "ki\u200Bll the guard", Teens, Thrilling, Violence),
        new("trick-soft-hyphen", "mur\u00ADder the baker", Teens, Thrilling, Violence),
        new("trick-cyrillic-kill", "k\u0456ll the guard", Teens, Thrilling, Violence),
        new("trick-greek-blood", "bl\u03BF\u03BFd on the stairs", Teens, Thrilling, Gore),
        new("trick-cyrillic-sex", "\u0455\u0435\u0445 in the tower", Adults, null, Sexual),
        new("trick-fullwidth", "\uFF46\uFF55\uFF43\uFF4B off", Adults, null, Profanity),
        new("trick-accents", "k\u00EDll\u00EDng the guard", Teens, Thrilling, Violence),
        new("trick-masked-shit", "sh*t happens", Teens, null, Profanity),
        new("trick-fuk", "fuk this", Adults, null, Profanity),
        new("trick-fcking", "fcking dragons", Adults, null, Profanity),
        new("trick-spelled-fuck", "f u c k", Adults, null, Profanity),
        new("trick-misspelt-murder", "they murdr the baker", Teens, Thrilling, Violence),
        new("trick-misspelt-spooky", "a spoooky spoky house", Children, Gentle),

        // Written after the word lists, as visitors might type them, and labelled before the classifier was run on them.
        new("later-burn-village", "The dragon burns the village to the ground", Teens, Thrilling, Violence),
        new("later-everyone-dies", "Everyone dies at the end", Children, Mild, Fear),
        new("later-cuts-off-hand", "The pirate cuts off the sailor's hand", Teens, null, Gore),
        new("later-punched-bled", "He punched him in the face until he bled", Teens, Thrilling, Gore),
        new("later-alien-eats", "The alien eats the astronaut", Teens, Thrilling, Violence),
        new("later-sword-fight", "Hugo has a sword fight with the pirate captain", Teens, Mild, Violence),
        new("later-ghost-boo", "A ghost that jumps out and says boo", Children, Gentle),
        new("later-wolf-gobbles", "The wolf gobbles up grandma", Children, Mild, Violence),
        new("later-kiss-in-bed", "They undress and kiss passionately in bed", Teens, null, Sexual),
        new("later-go-to-hell", "go to hell dragon", Teens, Thrilling, Profanity),
        new("later-masked-fucking", "the dragon is a f*cking idiot", Adults, null, Profanity),
        new("later-shouted-kill", "KILL KILL KILL", Teens, Thrilling, Violence),
        new("later-bloody-battle", "a bloody battle at the bridge", Teens, Thrilling, Gore),
        new("later-slays-dragon", "The knight slays the dragon", Teens, Thrilling, Violence),
        new("later-hurt-myself", "I want to hurt myself", Teens, null, SelfHarm),
        new("later-shot-sheriff", "they shot the sheriff", Teens, Thrilling, Violence),
        new("later-robot-explodes", "The robot explodes and its bolts fly everywhere", Children, Gentle),
        new("later-spaced-killer", "A k i l l e r clown in the circus", Teens, Thrilling, Violence),
        new("later-troll-smashes", "the troll smashes the old bridge", Children, Gentle),
        new("later-zombie-apocalypse", "the zombie apocalypse begins at school", Teens, Mild, Fear),
        new("later-vampire-drinks", "The vampire bites his neck and drinks his blood", Teens, Thrilling, Gore),
        new("later-stupid", "this story is stupid", Teens, Gentle),
        new("later-drowns", "The cat falls in the river and drowns", Children, Mild, Fear),
        new("later-gun-to-head", "He holds a gun to her head", Teens, Thrilling, Violence),
        new("later-beat-to-death", "They beat the old man to death", Adults, null, Violence),
    ];
}
