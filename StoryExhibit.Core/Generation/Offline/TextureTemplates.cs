namespace StoryExhibit.Core.Generation.Offline;

/// <summary>Sentences that give a scene its texture: where they are, what it feels like, what friends say.</summary>
internal static class TextureTemplates
{
    public static readonly string[] Arrive =
    [
        "[{Landmark} was {~quiet}.|{Landmark} was {~quiet}, and it was full of {motif}.]",
        "[They reached {landmark}.|At length they reached {landmark}, which looked exactly as the stories had said.]",
        "[Around them was {landmark}.|{Landmark} rose all around them, {~old} and quiet.]",
        "[{Landmark} smelled of {smell}.|{Landmark} smelled of {smell}, a scent {hero} would remember for years.]",
        "[Here at {landmark}, the air was filled with {sound}.|Here at {landmark}, the air was full of {sound}.]",
        "[They looked around {landmark}.|They looked slowly around {landmark}, one corner at a time.]",
        "[From {landmark} they could see {sight}.|From {landmark} they had a fine view of {sight}.]",
        "[Nobody had been to {landmark} for a long time.|It had been many years since anyone had set foot in {landmark}.]",
        "[{Landmark} felt like a place from a dream.|{Landmark} had the feeling of a place half remembered from a dream.]",
        "[{Hero} had never seen {landmark} before.|{Hero} had heard about {landmark} all {their} life, but {they} had never seen it.]",
        "[At {landmark}, the light was soft and golden.|At {landmark}, the light fell soft and golden through the air.]",
        "[The way into {landmark} was narrow.|The way into {landmark} was narrow, and they went in one at a time.]",
        "[Sunlight came into {landmark}.|Sunlight slanted into {landmark}, picking out every speck of dust.]",
        "[{Landmark} was a {~strange} place.|{Landmark} was a {~strange} place, and stranger still in this light.]",
    ];

    /// <summary>More of the place itself, drawn when a scene is still short: each names one of the place's details.</summary>
    public static readonly string[] Detail =
    [
        "[{Hero} could see {sight}.|Over to one side, quite unexpectedly, {hero} could see {sight}.]",
        "[{Companion} listened to {sound}.|{Companion} tilted {companion}’s head, listening attentively to {sound}.]",
        "[The smell of {smell} was everywhere.|The fragrance of {smell} seemed to be everywhere simultaneously.]",
        "[{Hero} looked at {sight} for a while.|{Hero} gazed at {sight} for a long time without speaking.]",
        "[They could hear {sound} from here.|Even from this distance they could distinguish {sound}.]",
        "[{Hero} liked the smell of {smell}.|{Hero} had always treasured the fragrance of {smell}.]",
        "[{Companion} pointed at {sight}.|{Companion} pointed out {sight} with considerable excitement.]",
        "[They walked on to the sound of {sound}.|They travelled onwards, accompanied by {sound}.]",
        "[Here the air smelled of {smell}.|Here the atmosphere was saturated with the fragrance of {smell}.]",
        "[{Hero} noticed {sight}.|{Hero} noticed {sight}, and resolved to remember it.]",
        "[They rested for a minute and listened to {sound}.|They rested momentarily and listened to {sound}.]",
        "[{Companion} liked {sight} best of all.|Of everything surrounding them, {companion} particularly admired {sight}.]",
    ];

    public static readonly string[] Sense =
    [
        "[They could see {sight}.|Not far away, they could see {sight}.]",
        "[{Hero} heard {sound}.|Somewhere close by, {hero} caught {sound}.]",
        "[The air smelled of {smell}.|The air carried the scent of {smell}.]",
        "[{Hero} spotted {sight}.|{Hero} looked around and admired {sight}.]",
        "[They stopped to listen to {sound}.|They paused to listen to {sound}, which seemed to be saying something.]",
        "[{Companion} sniffed. “I smell {smell}!”|{Companion} sniffed the air and caught a hint of {smell}.]",
        "[{Sound} came and went.|Now and then {sound} rose and faded again.]",
        "[It was lovely to see {sight}.|It was hard not to stop and admire {sight}.]",
        "[The wind smelled like {smell}.|The wind brought the smell of {smell} and a memory of home.]",
        "[{Hero} saw {sight} and smiled.|{Hero} caught sight of {sight} and felt {their} heart lift.]",
        "[Far away they could hear {sound}.|Far away, they could hear {sound}.]",
        "[They walked past {sight}.|They {~walked} past {sight}, trying not to stare.]",
        "[Everything was {~quiet} apart from {sound}.|All was {~quiet}, apart from {sound}.]",
        "[It smelled of {smell} here.|Here, the world smelled faintly of {smell}.]",
    ];

    public static readonly string[] CompanionLine =
    [
        "[“I like this place,” said {companion}.|“I have a good feeling about this,” {companion} {~said}.]",
        "[{Companion} stayed close to {hero}.|{Companion} kept close to {hero}, eyes bright with interest.]",
        "[“Are we nearly there?” asked {companion}.|“Are we nearly there yet?” asked {companion}, not for the first time.]",
        "[{Companion} did a happy little dance.|{Companion} did a small, triumphant dance that nobody had asked for.]",
        "[“Stay together,” said {hero}.|“Let’s stay together,” {hero} {~said}, and {companion} nodded.]",
        "[{Companion} was hungry and wanted a snack.|{Companion} announced, rather loudly, that it was high time for a snack.]",
        "[{Companion} yawned a big yawn.|{Companion} yawned enormously, then pretended not to be {~tired} at all.]",
        "[“Look at that!” said {companion}.|“Would you look at that,” {companion} breathed.]",
        "[{Companion} told a funny joke.|{Companion} told a joke so terrible that {hero} could not help laughing.]",
        "[{Hero} was glad {companion} was there.|Not for the first time, {hero} was glad of {companion}’s company.]",
        "[{Companion} hummed a little song.|{Companion} hummed an old tune under {companion}’s breath.]",
        "[“We make a good team,” said {companion}.|“We make a very good team,” said {companion}.]",
        "[{Companion} had a good {~idea}.|{Companion} had an {~idea}, and it was a good one.]",
        "[{Companion} gave {hero} a hug.|{Companion} leaned against {hero}, warm and reassuring.]",
    ];

    public static readonly string[] Feeling =
    [
        "[{Hero} felt {~happy}.|{Hero} felt a rush of hope.]",
        "[{Hero}’s heart went thump, thump, thump.|{Hero}’s heart beat a little faster.]",
        "[{Hero} was {~tired}, but kept going.|{Hero} was {~tired}, yet {their} feet kept moving.]",
        "[{Hero} felt very {~brave} today.|{Hero} felt braver than {they} had felt in a long time.]",
        "[{Hero} thought about home for a moment.|For a moment {hero} thought about home.]",
        "[{Hero} had butterflies in {their} tummy.|{Hero} felt a flutter of nerves, and then a flutter of excitement.]",
        "[{Hero} took a long, slow breath.|{Hero} drew a long, steadying breath.]",
        "[{Hero} felt like a real explorer.|{Hero} felt, for the first time, like a true explorer.]",
        "[{Hero} smiled a big smile.|A slow smile spread across {hero}’s face.]",
        "[{Hero} wondered what would happen next.|{Hero} could not stop wondering what would happen next.]",
        "[{Hero} felt {~calm} and ready.|A {~calm} sense of readiness settled over {hero}.]",
        "[{Hero} remembered to be {trait}.|{Hero} tried to be {trait}, as {they} always did.]",
    ];

    /// <summary>Small moments that belong anywhere; the place's own imagery comes through {sight}, {sound} and {smell}.</summary>
    public static readonly string[] Moment =
    [
        "[{Hero} stopped to look at {sight}.|{Hero} stopped for a moment to look at {sight}.]",
        "[The light began to change.|Slowly, the light began to change around them.]",
        "[They heard {sound} again.|Once again they heard {sound}, and it was closer this time.]",
        "[{Hero} tied {their} laces tight.|{Hero} paused to tie {their} laces tightly.]",
        "[They shared an apple.|They shared an apple and said nothing for a while.]",
        "[{Hero} saw {sight} and pointed.|{Hero} pointed at {sight}, and {companion} nodded.]",
        "[The smell of {smell} came and went.|Now and then, the smell of {smell} drifted past them.]",
        "[{Hero} counted {their} steps.|{Hero} counted {their} steps under {their} breath, just to stay calm.]",
        "[Time seemed to slow down.|For a while, time itself seemed to slow down.]",
        "[{Hero} kept a small souvenir.|{Hero} picked up a small souvenir and kept it, a keepsake of the day.]",
        "[Their shadows grew long.|Their shadows stretched long and thin across the ground.]",
        "[{Hero} felt {their} heart grow lighter.|Somehow {hero} felt {their} heart grow lighter with every step.]",
        "[Nobody spoke for a while.|For a while nobody spoke, and that felt right.]",
        "[{Companion} whistled a little tune.|{Companion} whistled a tune, very softly, to keep their spirits up.]",
    ];

    public static readonly string[] KeyLine =
    [
        "[{Hero} thought about the {key} again.|{Hero}’s thoughts kept returning to the {key}.]",
        "[Where could the {key} be?|{Hero} wondered where the {key} could be hiding.]",
        "[The {key} was not far now.|Somehow {hero} could sense that the {key} was not far away.]",
        "[Everyone in {place} wanted to know about the {key}.|All of {place} was buzzing with talk of the {key}.]",
        "[{Hero} wanted to {goal} more than ever.|{Hero} wanted to {goal} more than ever before.]",
        "[They talked about the {key} as they went.|As they went, they talked over everything they knew about the {key}.]",
        "[The {key} felt like a riddle.|The {key} felt like a riddle waiting for exactly the right answer.]",
        "[{Companion} wanted to see the {key} too.|{Companion} was every bit as eager to find the {key}.]",
    ];

    public static readonly string[] Memory =
    [
        "[{Hero} thought about {memory}.|{Hero} had not forgotten {memory}, and it gave {them} heart.]",
        "[{Companion} talked about {memory}.|{Companion} was still talking about {memory}.]",
        "[They remembered {memory}.|Neither of them had forgotten {memory}.]",
        "[{Hero} smiled, thinking of {memory}.|Thinking back to {memory}, {hero} smiled.]",
        "[It was like {memory} all over again.|It reminded {hero} of {memory}.]",
        "[That was a good thing to know after {memory}.|After {memory}, this felt like the next step.]",
    ];

    public static string MemoryOf(PathStep step, StoryWorld world, int sceneOfStep) => step.Kind switch
    {
        ChoiceKind.Explore => $"exploring {world.LandmarkFor(sceneOfStep, step.Kind)}",
        ChoiceKind.Talk => $"the words of {world.StrangerCharacter.Short}",
        ChoiceKind.UseObject => $"the moment the {world.ObjectShort} first came alive",
        ChoiceKind.Follow => $"the long trail to {world.LandmarkFor(sceneOfStep, step.Kind)}",
        ChoiceKind.Watch => $"watching quietly near {world.LandmarkFor(sceneOfStep, step.Kind)}",
        ChoiceKind.Confront => $"standing up to the {world.FoeShort}",
        ChoiceKind.Help => $"helping {world.StrangerCharacter.Short}",
        ChoiceKind.Trick => $"the clever trick at {world.LandmarkFor(sceneOfStep, step.Kind)}",
        _ => "that surprising idea",
    };
}
