namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>Things, adjectives and the small words that shape a sentence.</summary>
internal static partial class Lexicon
{
    /// <summary>Things a story can turn on; unknown nouns may be things too, these only make the reader sure.</summary>
    private const string ThingNouns =
        "message bottle letter note map key box chest coin ring necklace locket amulet crown sword shield wand staff " +
        "book diary journal notebook scroll egg seed compass telescope lantern lamp candle mirror clock watch watchband " +
        "door portal gate painting photograph photo picture camera phone radio robotcat treasure gem jewel crystal " +
        "stone pebble shell feather flower rose apple cake cookie hat cloak coat boots shoes umbrella kite balloon " +
        "ball violin flute harp drum music box toy doll puppet teddy spoon cup teapot kettle broom bell whistle " +
        "rope ladder suitcase backpack bag basket envelope postcard parcel package gift present ticket invitation " +
        "recipe potion spell spellbook riddle puzzle code signal transmission artifact artefact relic idol statue " +
        "mask medal trophy star meteorite fossil bone skull tooth pearl acorn leaf snowglobe globe hourglass " +
        "machine device gadget invention engine blueprint microchip chip crystal orb sphere cube button lever " +
        "glove scarf ribbon thread needle quilt blanket pillow bed chair table wardrobe closet carpet rug sled " +
        "bicycle bike skateboard scooter wagon carriage sandwich pie soup bread cheese honey jar tin vase pot " +
        "shovel spade hammer axe saw pen pencil paintbrush chalk crayon paper card cards dice game song poem " +
        "photograph video tape record film cassette satellite telescope microscope sculpture tapestry banner flag " +
        "diamond emerald sapphire jewels necklace bracelet tiara " +
        "seashell sandcastle snowman snowball icicle pumpkin lamp bottlecap marble marbles coin wallet purse " +
        "piano guitar trumpet trombone saxophone clarinet cello banjo ukulele accordion tuba xylophone harmonica " +
        "sock socks shirt skirt jumper sweater trousers jeans jacket sandals slippers sneakers trainers helmet " +
        "spacesuit uniform costume pyjamas pajamas cloth towel fork knife toothbrush laptop computer tablet " +
        "wedding birthday festival concert carnival parade picnic tournament";

    /// <summary>Nouns that are never the thing a story turns on: time, weather, scenery, feelings, sounds.</summary>
    private const string NotObjects =
        "sun stars night day morning evening afternoon time dark darkness way world life dream dreams storm rain snow wind " +
        "weather sky ground floor wall walls hull deck roof air water fire fear name help trouble problem adventure " +
        "journey quest story tale idea end beginning year years week weeks moment minute minutes hour hours kind lot " +
        "bit thing things something anything nothing everything someone everyone anyone people family friends " +
        "friendship love courage magic power powers secret secrets truth past future fun side top bottom edge middle " +
        "centre center heart head hand hands eyes eye face body voice sound sounds noise noises knocking whisper " +
        "whispers song music light lights shadow shadows summer winter spring autumn fall birthday christmas " +
        "holiday holidays school home place places way ways lesson lessons job work help chance hope luck mistake " +
        "murder danger thunder number answer dinner supper order matter wonder border chapter silence back front " +
        "corner people crowd everybody somebody nobody";

    /// <summary>Sounds and sights a hero may notice, whose source is worth finding out.</summary>
    private const string Phenomena =
        "knocking noise noises sound sounds voice voices whisper whispers light lights music song singing humming " +
        "tapping scratching footsteps glow signal shadow shadows singing cry cries scream laughter howl howling";

    private const string Adjectives =
        "old young little small big tiny huge giant brave shy lonely tired grumpy curious clever kind wise silly " +
        "strange mysterious magic magical secret hidden lost forgotten ancient haunted enchanted cursed golden silver " +
        "glowing shiny dark bright red blue green yellow purple black white orange pink brown grey gray tall short " +
        "fat thin poor rich happy sad angry scared brave bold fierce gentle quiet loud sleepy hungry evil wicked good " +
        "bad beautiful ugly pretty handsome new first last only best worst missing broken abandoned distant faraway " +
        "far-off nearby wild tame friendly unfriendly mean nice funny weird odd ordinary famous retired elderly " +
        "teenage eleven-year-old twelve-year-old ten-year-old little-known clumsy nervous anxious timid cheerful " +
        "stubborn lazy busy greedy jealous proud vain humble talking flying singing dancing invisible tiny wooden " +
        "stone iron glass crystal frozen icy snowy sunny rainy stormy misty foggy deep high low hollow floating " +
        "underwater undersea sunken space alien robotic mechanical clockwork rusty dusty shabby ragged royal noble " +
        "young-ish lonely heartbroken orphaned homesick runaway rogue rebel mad grumpy sneaky cunning sly loyal";

    /// <summary>Adjectives that only follow their noun ("a dragon afraid of the dark"): a noun phrase ends there.</summary>
    private const string PredicateAdjectives =
        "afraid scared terrified frightened unable ashamed alone asleep awake aware able eager determined ready " +
        "desperate sure certain unsure too so convinced trapped stuck";

    private const string Determiners = "a an the my your our his her their its this that these those some one two three every each another no";

    private const string Prepositions =
        "in on at aboard under beneath below above over inside outside near by beside behind across through into " +
        "onto to towards toward from with without of for among between around past along beyond upon within";

    private const string Conjunctions = "and or but so because when while until after before if though although then";

    private const string RelativeWords = "who which that whose whom where";

    private const string Modals = "must can could will would should shall may might cannot can't won't";
}
