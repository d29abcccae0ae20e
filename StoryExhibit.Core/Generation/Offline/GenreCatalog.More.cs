namespace StoryExhibit.Core.Generation.Offline;

internal static partial class GenreCatalog
{
    private static GenreKit FairyTale => new()
    {
        Name = "Fairy tale",
        Home = Ideas.Setting.Castle,
        GirlNames = ["Rosalind", "Gretel", "Lily", "Marigold", "Snow", "Belle"],
        BoyNames = ["Jack", "Hansel", "Peter", "Florian", "Tom", "Wilhelm"],
        Places = ["the kingdom beyond the seven hills", "the village at the edge of the Glass Forest", "the castle of a hundred towers", "the cottage by the singing brook"],
        Objects = ["golden thread", "magic bean", "mirror that could talk", "pair of red shoes", "spinning wheel"],
        ObjectGifts = ["grant one small wish", "answer any question truthfully", "turn straw into shining gold", "open doors that had no handles"],
        CompanionKinds = ["a goose that laid golden eggs", "a frog who claimed to be a prince", "a kind white cat", "a talking mouse"],
        CompanionNames = ["Gilda", "Button", "Thimble", "Pumpernickel", "Clover", "Whiskers"],
        Strangers = ["a fairy godmother with a crooked wand", "a woodcutter with a gentle voice", "an old woman selling apples", "a shoemaker who worked all night"],
        GentleFoes = ["proud queen who never laughed", "giant who could not stop sneezing", "hedge of roses as tall as a house", "riddle-loving troll"],
        MildFoes = ["wicked stepmother", "jealous queen", "sly wolf in a shawl", "selfish giant"],
        ThrillingFoes = ["wicked witch with a poisoned apple", "hungry wolf", "cruel giant who ate travellers", "evil sorceress"],
        Landmarks = ["the gingerbread cottage", "the royal ballroom", "the tall tower", "the wishing well", "the enchanted rose garden", "the crossroads", "the miller's house", "the beanstalk", "the palace gate"],
        Sights = ["roses climbing every wall", "swans gliding across the moat", "a golden carriage rolling by", "candles glowing in every window", "snowflakes shaped like tiny stars"],
        Sounds = ["the chime of the palace clock", "birds singing in perfect harmony", "the creak of a spinning wheel", "a fiddler playing a merry tune"],
        Smells = ["baking gingerbread", "roses and fresh straw", "apple pie cooling on a sill"],
        Motifs = ["a promise that must be kept", "a wish made long ago", "kindness rewarded"],
        GoalVerbs = ["break the spell on", "find", "save"],
    };

    private static GenreKit GhostStory => new()
    {
        Name = "Ghost story",
        Home = Ideas.Setting.House,
        GirlNames = ["Edith", "Winifred", "Ivy", "Mabel", "Rosa", "Eliza"],
        BoyNames = ["Silas", "Barnaby", "Oliver", "Edwin", "Cyril", "Ambrose"],
        Places = ["Hollowmere Manor", "the old lighthouse at Gloaming Point", "the village of Misty Hollow", "the empty theatre on Pell Street"],
        Objects = ["flickering lantern", "old music box", "faded letter", "silver locket", "candle that never burned down"],
        ObjectGifts = ["show what was hidden in the shadows", "play a tune the ghosts remembered", "glow when someone from long ago was near", "open a door to the past"],
        CompanionKinds = ["a shy ghost in a nightcap", "a black cat with golden eyes", "a brave younger brother", "a bat who disliked the dark"],
        CompanionNames = ["Wisp", "Mothball", "Inky", "Shade", "Percival", "Dot"],
        Strangers = ["a caretaker with a ring of keys", "a portrait whose eyes followed everyone", "a gentle ghost of a sailor", "a housekeeper who hummed old songs"],
        GentleFoes = ["sad ghost who hid everyone's socks", "door that kept locking itself", "mischievous poltergeist", "wind that blew out every candle"],
        MildFoes = ["moaning spectre in the west wing", "restless ghost of a grumpy duke", "whispering shadow", "ghostly hound"],
        ThrillingFoes = ["vengeful phantom", "shrieking banshee", "headless horseman", "cursed spirit of the manor"],
        Landmarks = ["the long gallery", "the dusty staircase", "the old chapel", "the frozen pond", "the bell tower", "the portrait hall", "the locked nursery", "the graveyard gate", "the conservatory"],
        Sights = ["moonlight silvering the floorboards", "dust drifting in the candlelight", "curtains stirring without a breeze", "frost drawing ferns on the glass", "a faint glow behind a keyhole"],
        Sounds = ["a piano playing three notes by itself", "the sigh of the wind in the chimney", "a clock striking thirteen", "soft footsteps in an empty room"],
        Smells = ["candle wax and lavender", "old velvet and dust", "cold sea air"],
        Motifs = ["a message from long ago", "an unfinished promise", "echoes of the past"],
        GoalVerbs = ["uncover the secret of", "help", "lay to rest the mystery of"],
    };

    private static GenreKit Comedy => new()
    {
        Name = "Comedy",
        Home = Ideas.Setting.Village,
        GirlNames = ["Dottie", "Peggy", "Fizz", "Trixie", "Gwen", "Lulu"],
        BoyNames = ["Norbert", "Bartholomew", "Gus", "Wally", "Percy", "Ziggy"],
        Places = ["the town of Puddlebury", "the Great Wobbly Circus", "the Cheesewick Summer Fair", "the bakery that never closed"],
        Objects = ["rubber chicken", "umbrella that opened by itself", "squeaky trumpet", "hat full of surprises", "very bouncy ball"],
        ObjectGifts = ["make anyone laugh within ten seconds", "bounce higher than the church steeple", "produce exactly the wrong thing at exactly the right time", "play a tune that made people dance"],
        CompanionKinds = ["a goat who ate everything", "a pigeon with big opinions", "a clumsy inventor", "a penguin who wanted to fly"],
        CompanionNames = ["Waffles", "Doodle", "Sprocket", "Noodle", "Crumpet", "Bingo"],
        Strangers = ["a mayor with an enormous moustache", "a juggler who never dropped anything but his hat", "a lady walking seven poodles", "a chef shouting about soup"],
        GentleFoes = ["pompous mayor", "runaway cheese wheel", "fussy judge of the pie contest", "flock of very determined geese"],
        MildFoes = ["sneaky prankster", "bossy ringmaster", "bumbling burglar", "rival baker with a sneaky plan"],
        ThrillingFoes = ["villain in a ridiculous cape", "mad scientist with a cheese ray", "gang of bungling bandits", "giant robot chicken"],
        Landmarks = ["the bouncy castle", "the town fountain", "the pie tent", "the clock shop", "the duck pond", "the bandstand", "the jelly factory", "the Ferris wheel", "the library"],
        Sights = ["bunting flapping in the wind", "a dog wearing sunglasses", "balloons in every colour", "a pie the size of a cartwheel", "a statue with a traffic cone on its head"],
        Sounds = ["a brass band playing slightly out of tune", "someone honking a bicycle horn", "the squeak of balloon animals", "a rooster crowing at the wrong hour"],
        Smells = ["candyfloss and fresh popcorn", "burnt toast", "strawberry jam and sunscreen"],
        Motifs = ["a plan that kept going wrong", "a very silly misunderstanding", "the best kind of chaos"],
        GoalVerbs = ["get to the bottom of", "find", "win back"],
    };

    private static GenreKit MythAndLegend => new()
    {
        Name = "Myth and legend",
        Home = Ideas.Setting.Mountains,
        GirlNames = ["Ariadne", "Freya", "Niamh", "Anansa", "Selene", "Astrid"],
        BoyNames = ["Perseus", "Cormac", "Ravi", "Tane", "Leif", "Orin"],
        Places = ["the slopes of Mount Olympus", "the isle of Avalon", "the great plain beneath the World Tree", "the city of golden gates"],
        Objects = ["thread of starlight", "shield polished like a mirror", "feather of the thunderbird", "golden apple", "harp with strings of sunlight"],
        ObjectGifts = ["calm the wildest storm", "show the path through any labyrinth", "call the winds by name", "make the stones listen"],
        CompanionKinds = ["a winged horse", "a raven who carried messages for the gods", "a storyteller from a distant land", "a trickster coyote"],
        CompanionNames = ["Aster", "Huginn", "Ember", "Zephyr", "Talon", "Sable"],
        Strangers = ["a blind seer", "a shepherd who spoke to the stars", "a river spirit", "an old king without a crown"],
        GentleFoes = ["riddling sphinx", "sea that would not be crossed", "labyrinth that changed every night", "proud god who loved contests"],
        MildFoes = ["jealous god", "crafty trickster spirit", "frost giant", "storm serpent"],
        ThrillingFoes = ["many-headed hydra", "minotaur of the labyrinth", "wrathful storm giant", "serpent of the underworld"],
        Landmarks = ["the temple of the oracle", "the labyrinth gate", "the rainbow bridge", "the sacred spring", "the clifftop shrine", "the hall of heroes", "the whispering grove", "the river of stars", "the summit"],
        Sights = ["eagles wheeling against the sun", "columns of white marble", "the sea turning wine-dark at dusk", "constellations that seemed to move", "runes carved into ancient stone"],
        Sounds = ["the thunder of distant hooves", "a lyre playing on the wind", "waves booming against the rocks", "the crackle of a sacred fire"],
        Smells = ["olive trees and sea salt", "incense and cedar smoke", "snow and pine"],
        Motifs = ["the will of the gods", "a prophecy spoken long ago", "courage written in the stars"],
        GoalVerbs = ["fulfil the prophecy of", "find", "win"],
    };
}
