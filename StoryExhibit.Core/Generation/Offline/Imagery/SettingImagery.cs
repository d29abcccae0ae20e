using StoryExhibit.Core.Generation.Offline.Ideas;

namespace StoryExhibit.Core.Generation.Offline.Imagery;

/// <summary>Sights, sounds and smells that belong to each kind of place, so a starship never hears birdsong.</summary>
internal static class SettingImagery
{
    /// <summary>Settings close enough to share imagery, and to share a genre's own imagery.</summary>
    public static string GroupOf(Setting setting) => setting switch
    {
        Setting.Coast or Setting.Sea or Setting.Island => "sea",
        Setting.Forest or Setting.Countryside or Setting.Mountains => "wild",
        Setting.Village or Setting.City => "town",
        Setting.House or Setting.Castle or Setting.School or Setting.Library or Setting.Museum => "indoors",
        Setting.Spaceship or Setting.Planet => "space",
        Setting.Underground => "underground",
        Setting.Desert => "desert",
        Setting.Snow => "snow",
        Setting.Sky => "sky",
        Setting.Underwater => "underwater",
        _ => "",
    };

    public static SenseDetails For(Setting setting) => GroupOf(setting) switch
    {
        "sea" => new(
            ["gulls wheeling over the water", "waves curling onto the shingle", "a lighthouse beam sweeping the dark", "boats rocking at their moorings", "foam racing up the sand"],
            ["the hush and drag of the waves", "gulls crying overhead", "ropes creaking against a mast", "a bell buoy clanging far out"],
            ["salt and seaweed", "tar and wet rope", "fresh fish and sea spray"]),
        "wild" => new(
            ["ferns uncurling beside the path", "sunlight falling through the leaves", "a deer watching from the trees", "mist lying in the hollows", "a stream flashing between the stones"],
            ["leaves rustling overhead", "a woodpecker tapping far away", "water chuckling over stones", "wind moving through the grass"],
            ["moss and damp earth", "pine resin warmed by the sun", "wild garlic and fern"]),
        "town" => new(
            ["lamplight spilling across the cobbles", "washing strung between the windows", "a cat asleep on a doorstep", "market stalls under striped awnings", "chimney smoke curling over the roofs"],
            ["the clatter of a passing cart", "a church bell striking the hour", "voices calling across the square", "a door banging somewhere down the street"],
            ["fresh bread from a bakery", "rain on warm stone", "roasting chestnuts"]),
        "indoors" => new(
            ["dust dancing in a beam of light", "portraits watching from the walls", "a fire crackling in a wide hearth", "shelves that reached the ceiling", "long shadows across the floorboards"],
            ["floorboards creaking overhead", "the tick of a tall clock", "a draught whistling under a door", "pages turning in another room"],
            ["old books and candle wax", "polish and woodsmoke", "dust and dried lavender"]),
        "space" => new(
            ["stars wheeling past a viewport", "screens blinking in patient patterns", "a blue planet turning slowly below", "cables glowing along the ceiling", "a corridor lit in soft blue"],
            ["the low hum of the engines", "air hissing through the vents", "the chirp of a distant console", "a hatch sliding shut with a sigh"],
            ["warm metal and ozone", "recycled air and engine oil", "greenhouse soil under bright lamps"]),
        "underground" => new(
            ["crystals glinting in the lamplight", "roots hanging from the roof", "a narrow tunnel bending away", "water shining on the rock"],
            ["water dripping in the dark", "the echo of every footstep", "a faraway rumble deep in the rock"],
            ["cold stone and wet clay", "damp earth and old iron"]),
        "desert" => new(
            ["dunes rippling to the horizon", "heat shimmering over the sand", "a lizard basking on a rock", "the shadow of a lone palm"],
            ["wind hissing over the sand", "camel bells tinkling far away", "the crunch of sand underfoot"],
            ["hot dust and sage", "dates and woodsmoke"]),
        "snow" => new(
            ["snow sparkling under a low sun", "icicles hanging from the eaves", "footprints filling slowly with snow", "breath rising in little clouds"],
            ["snow creaking underfoot", "the wind moaning over the drifts", "ice cracking on a frozen lake"],
            ["frost and pine", "woodsmoke on cold air"]),
        "sky" => new(
            ["clouds piled like mountains", "the ground tiny and far below", "sunlight flashing on a wing", "a flock of geese passing beneath them"],
            ["the wind roaring past", "the flap of canvas", "a far-off rumble of thunder"],
            ["cold clean air", "rain on the wind"]),
        "underwater" => new(
            ["fish flickering in silver shoals", "kelp swaying in slow green forests", "bubbles rising towards the light", "coral in every colour"],
            ["the muffled hum of the deep", "bubbles popping around them", "the distant song of a whale"],
            ["salt water", "sea salt and cold metal"]),
        _ => new(
            ["the light changing across the sky", "a path winding away into the distance", "clouds drifting slowly overhead"],
            ["a faint sound far away", "the wind rising and falling"],
            ["fresh air", "rain on the wind"]),
    };
}
