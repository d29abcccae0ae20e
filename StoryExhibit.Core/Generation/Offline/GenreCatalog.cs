namespace StoryExhibit.Core.Generation.Offline;

internal static partial class GenreCatalog
{
    public static IReadOnlyList<GenreKit> All { get; } =
        [Fantasy, ScienceFiction, Mystery, Adventure, FairyTale, GhostStory, Comedy, MythAndLegend];

    private static GenreKit Fantasy => new()
    {
        Name = "Fantasy",
        Home = Ideas.Setting.Forest,
        GirlNames = ["Elowen", "Mira", "Isolde", "Wren", "Talia", "Briony"],
        BoyNames = ["Rowan", "Alder", "Corin", "Tamsin", "Edric", "Finn"],
        Places = ["the Whispering Woods", "the valley of Emberdale", "the floating city of Aeloria", "the misty hills of Thornmere"],
        Objects = ["silver compass", "glass acorn", "feather quill", "moonstone ring", "rune-carved key"],
        ObjectGifts = ["point towards whatever was truly needed", "glow softly near old magic", "whisper the names of hidden paths", "hold a single spell of light"],
        CompanionKinds = ["a talking fox", "a small green dragon", "a wise old owl", "a sprite no bigger than a thumb"],
        CompanionNames = ["Pip", "Bramble", "Sorrel", "Quill", "Nettle", "Tansy"],
        Strangers = ["a wandering wizard with a patched cloak", "a gnome who collected buttons", "a tree spirit with mossy hair", "a tired griffin resting on a rock"],
        GentleFoes = ["grumpy troll who guarded every bridge", "stubborn stone giant", "sulky weather witch", "thicket of tangled thornbushes"],
        MildFoes = ["sly goblin king", "jealous sorceress", "trickster crow of the north", "prideful giant"],
        ThrillingFoes = ["cruel shadow sorcerer", "hungry wyrm of the deep caves", "ruthless goblin warlord", "cursed iron knight"],
        Landmarks = ["the old watchtower", "the crystal cave", "the willow bridge", "the ring of standing stones", "the moonlit lake", "the ruined library", "the hollow oak", "the mushroom market", "the mountain pass"],
        Sights = ["fireflies drifting between the trees", "lanterns swaying from the branches", "petals glowing faintly in the dusk", "a rainbow caught in the spray of a waterfall", "stars reflected in every puddle"],
        Sounds = ["the hoot of a sleepy owl", "bells chiming somewhere far away", "leaves whispering in the breeze", "the gentle splash of a stream"],
        Smells = ["pine needles and wild honey", "rain on warm stone", "woodsmoke and mint"],
        Motifs = ["old magic", "a forgotten spell", "the song of the forest"],
        GoalVerbs = ["uncover the secret of", "find", "bring back"],
    };

    private static GenreKit ScienceFiction => new()
    {
        Name = "Science fiction",
        Home = Ideas.Setting.Spaceship,
        GirlNames = ["Nova", "Lyra", "Juno", "Ada", "Vega", "Kira"],
        BoyNames = ["Orion", "Kai", "Zed", "Rafe", "Ansel", "Tycho"],
        Places = ["the space station Halcyon", "the red dunes of Mars", "the undersea city of Nautilus", "the starship Wayfarer"],
        Objects = ["pocket scanner", "humming data crystal", "star map", "gravity boots", "tiny repair drone"],
        ObjectGifts = ["detect signals no one else could hear", "project a glowing map of the stars", "open any airlock with a click", "translate the language of machines"],
        CompanionKinds = ["a cheerful robot", "a floating service drone", "a curious alien pilot", "a holographic cat"],
        CompanionNames = ["Bolt", "Zip", "Echo", "Pixel", "Gizmo", "Cosmo"],
        Strangers = ["an engineer with grease on her nose", "a retired captain with a parrot drone", "a friendly alien trader", "a hologram of a famous inventor"],
        GentleFoes = ["stubborn computer that refused to open the doors", "runaway cleaning robot", "meteor shower", "tangle of broken wires"],
        MildFoes = ["sneaky space pirate", "malfunctioning security robot", "greedy mining boss", "rogue satellite"],
        ThrillingFoes = ["hostile alien warship", "rogue android with glowing red eyes", "black hole swallowing the light", "ruthless space pirate"],
        Landmarks = ["the observation deck", "the engine room", "the hydroponic garden", "the cargo bay", "the radio tower", "the crater rim", "the control bridge", "the docking ring", "the old launch pad"],
        Sights = ["stars wheeling past the windows", "screens blinking in patient patterns", "a blue planet turning slowly below", "sparks of light dancing along the cables", "moons rising one after another"],
        Sounds = ["the low hum of the engines", "the beep of distant consoles", "air hissing softly through the vents", "a robot whistling a tune"],
        Smells = ["warm metal and fresh oranges", "ozone and engine oil", "greenhouse soil under bright lamps"],
        Motifs = ["the pull of the stars", "a signal from far away", "the wonder of invention"],
        GoalVerbs = ["decode the mystery of", "find", "rescue"],
    };

    private static GenreKit Mystery => new()
    {
        Name = "Mystery",
        Home = Ideas.Setting.Village,
        GirlNames = ["Agatha", "Nell", "Harriet", "Poppy", "Clara", "Iris"],
        BoyNames = ["Felix", "Arthur", "Milo", "Jasper", "Otto", "Hugo"],
        Places = ["the sleepy town of Little Fennick", "the grand Hotel Marigold", "the seaside village of Gullcliff", "the old museum on Lantern Street"],
        Objects = ["magnifying glass", "notebook full of clues", "brass pocket watch", "torn photograph", "tiny silver key"],
        ObjectGifts = ["reveal the smallest fingerprint", "hold every clue in careful order", "show the exact moment something changed", "unlock a locked drawer"],
        CompanionKinds = ["a clever terrier", "a sharp-eyed cousin", "a chatty parrot", "a retired detective"],
        CompanionNames = ["Biscuit", "Watson", "Clue", "Marlowe", "Penny", "Rufus"],
        Strangers = ["a nervous butler", "a baker who noticed everything", "a postman with a long memory", "a painter with ink-stained fingers"],
        GentleFoes = ["locked door", "muddle of confusing footprints", "fussy mayor who hated questions", "rainstorm washing the clues away"],
        MildFoes = ["slippery thief in a grey coat", "secretive collector", "pickpocket who never left a trace", "mysterious stranger in a bowler hat"],
        ThrillingFoes = ["cunning jewel thief", "ruthless smuggler", "masked burglar", "dangerous forger"],
        Landmarks = ["the dusty attic", "the clock tower", "the back garden", "the old bookshop", "the train platform", "the hotel kitchen", "the lighthouse", "the cellar door", "the town square"],
        Sights = ["raindrops racing down the windows", "muddy footprints leading nowhere", "a curtain twitching in an upstairs window", "lamplight spilling across the cobbles", "a cat watching from the wall"],
        Sounds = ["the tick of a large clock", "footsteps creaking on the stairs", "a door closing softly somewhere", "the rattle of teacups"],
        Smells = ["old books and lemon polish", "fresh bread from the bakery", "sea salt and wet wool"],
        Motifs = ["a puzzle waiting to be solved", "a secret kept for years", "a trail of tiny clues"],
        GoalVerbs = ["solve the mystery of", "find", "uncover the truth about"],
    };

    private static GenreKit Adventure => new()
    {
        Name = "Adventure",
        Home = Ideas.Setting.Forest,
        GirlNames = ["Maya", "Sofia", "Ruby", "Zara", "Amara", "Jo"],
        BoyNames = ["Leo", "Sam", "Diego", "Kofi", "Theo", "Ravi"],
        Places = ["the Emerald Jungle", "the Isle of Seven Winds", "the snowy peaks of Mount Kestrel", "the great Sandsea desert"],
        Objects = ["battered map", "brass telescope", "coil of strong rope", "lucky compass", "explorer's journal"],
        ObjectGifts = ["show the way across any river", "spot landmarks far on the horizon", "reach places no one else could", "point the way home"],
        CompanionKinds = ["a loyal dog", "a parrot who knew a hundred words", "a young guide", "a clever monkey"],
        CompanionNames = ["Scout", "Mango", "Pepper", "Sunny", "Captain", "Juniper"],
        Strangers = ["a fisherman mending nets", "a mapmaker with a crooked hat", "a camel driver humming a song", "a park ranger with a kind smile"],
        GentleFoes = ["wide rushing river", "steep and slippery cliff", "sudden fog", "rival explorer who always wanted to be first"],
        MildFoes = ["greedy treasure hunter", "band of sneaky smugglers", "sandstorm", "boastful rival explorer"],
        ThrillingFoes = ["ruthless treasure hunter", "roaring avalanche", "crocodile-filled swamp", "pirate crew with drawn cutlasses"],
        Landmarks = ["the rope bridge", "the waterfall", "the ancient temple", "the harbour", "the hidden canyon", "the lookout rock", "the old mine", "the palm-fringed lagoon", "the river bend"],
        Sights = ["parrots flashing red and gold between the trees", "waves glittering in the sunlight", "vines as thick as ropes", "mountains rising into the clouds", "a hawk circling overhead"],
        Sounds = ["the roar of distant water", "monkeys chattering in the canopy", "wind snapping at the sails", "the crunch of boots on gravel"],
        Smells = ["salt spray and sunshine", "wet earth after rain", "wild flowers and dust"],
        Motifs = ["the call of the unknown", "a map with a missing corner", "the thrill of discovery"],
        GoalVerbs = ["find", "reach", "discover the secret of"],
    };
}
