using StoryExhibit.Core.Generation.Offline;
using StoryExhibit.Core.Generation.Offline.Ideas;

namespace StoryExhibit.Tests.Core.Generation.Offline.Ideas;

public class ActionReaderTests
{
    /// <summary>Own choices as visitors type them, the hero they are read for, and the deed in base and past form
    /// (null: not a deed).</summary>
    public static TheoryData<string, string, string?, string?> Choices() => new()
    {
        { "She opens the bottle and reads the glowing message out loud", "she",
            "open the bottle and read the glowing message out loud", "opened the bottle and read the glowing message out loud" },
        { "I run to the cliffs", "she", "run to the cliffs", "ran to the cliffs" },
        { "Finch sings the song back to her", "he", "sing the song back to her", "sang the song back to her" },
        { "The cat bans Mondays", "he", "ban Mondays", "banned Mondays" },
        { "Rosa covers the mirror with a cloth", "she", "cover the mirror with a cloth", "covered the mirror with a cloth" },
        { "He puts on a spacesuit", "he", "put on a spacesuit", "put on a spacesuit" },
        { "The clouds turn into marshmallows", "she", null, null },
        { "The lantern goes out", "she", null, null },
        { "Bell questions the nervous conductor", "he", "question the nervous conductor", "questioned the nervous conductor" },
        { "let's hide in the boat", "he", "hide in the boat", "hid in the boat" },
        { "Hugo climbs the mast", "he", "climb the mast", "climbed the mast" },
        { "climb the tower!", "she", "climb the tower", "climbed the tower" },
        { "we should ask the owl for help", "she", "ask the owl for help", "asked the owl for help" },
        { "maybe she could try talking to the dragon", "she", "try talking to the dragon", "tried talking to the dragon" },
        { "I grab my lantern and we run to the cave", "she", "grab her lantern and run to the cave", "grabbed her lantern and ran to the cave" },
        { "open the door", "it", "open the door", "opened the door" },
        { "I want to swim across the lake", "he", "swim across the lake", "swam across the lake" },
        { "she hides the map under her pillow", "she", "hide the map under her pillow", "hid the map under her pillow" },
        { "He tells the king the truth", "he", "tell the king the truth", "told the king the truth" },
        { "let us follow the footprints", "she", "follow the footprints", "followed the footprints" },
        { "run away!!! 😱", "he", "run away", "ran away" },
        { "I'm going to knock on the door", "she", "knock on the door", "knocked on the door" },
        { "Mira sneaks past the sleeping guard", "she", "sneak past the sleeping guard", "sneaked past the sleeping guard" },
        { "how about climbing the tree?", "he", "climb the tree", "climbed the tree" },
        { "we dig a hole under the old oak tree", "she", "dig a hole under the old oak tree", "dug a hole under the old oak tree" },
        { "I call my grandmother on the radio", "he", "call his grandmother on the radio", "called his grandmother on the radio" },
        { "the hero bravely fights the shadow monster", "she", "bravely fight the shadow monster", "bravely fought the shadow monster" },
        { "Sail to the island", "it", "sail to the island", "sailed to the island" },
        { "I think we should go back home", "she", "go back home", "went back home" },
        { "she tries to fix the broken robot", "she", "try to fix the broken robot", "tried to fix the broken robot" },
        { "you swim to the shore", "he", "swim to the shore", "swam to the shore" },
        { "I hug myself", "she", "hug herself", "hugged herself" },
        { "Use the key on the chest", "she", "use the key on the chest", "used the key on the chest" },
        { "stop the clock", "he", "stop the clock", "stopped the clock" },
        { "quickly hide behind the curtain", "she", "quickly hide behind the curtain", "quickly hid behind the curtain" },
        { "I study the map and then we follow the river", "he", "study the map and then follow the river", "studied the map and then followed the river" },
        { "Nell and the fox cross the bridge", "she", "cross the bridge", "crossed the bridge" },
        { "i relese the bird from its cage", "she", "release the bird from its cage", "released the bird from its cage" },
        { "Gently pat the dragon's nose", "he", "gently pat the dragon's nose", "gently patted the dragon's nose" },
        { "I'd rather stay home and read", "she", "stay home and read", "stayed home and read" },
        { "Let's not go in there", "she", "not go in there", "did not go in there" },
        { "what if the dragon could fly?", "she", null, null },
        { "Why is the sky green?", "he", null, null },
        { "blue", "she", null, null },
        { "asdf", "she", null, null },
        { "the ghost", "she", null, null },
        { "", "she", null, null },
    };

    [Theory]
    [MemberData(nameof(Choices))]
    public void Reads_a_choice_as_the_heros_deed(string choice, string hero, string? expectedBase, string? expectedPast)
    {
        var action = IdeaReader.ReadAction(choice, hero switch { "he" => Pronouns.He, "it" => Pronouns.It, _ => Pronouns.She });
        Assert.Equal(expectedBase, action?.Base);
        Assert.Equal(expectedPast, action?.Past);
    }

    [Fact]
    public void Every_form_of_a_deed_is_made()
    {
        var action = IdeaReader.ReadAction("She opens the bottle and reads the glowing message out loud", Pronouns.She);
        Assert.Equal("opening the bottle and reading the glowing message out loud", action?.Gerund);
        Assert.Equal("opens the bottle and reads the glowing message out loud", action?.Present);
        var stop = IdeaReader.ReadAction("we stop the clock and try the lever", Pronouns.He);
        Assert.Equal("stopping the clock and trying the lever", stop?.Gerund);
        Assert.Equal("stops the clock and tries the lever", stop?.Present);
    }

    [Fact]
    public void A_name_for_a_hero_takes_the_place_of_my()
    {
        var action = IdeaReader.ReadAction("I wave my hat", Pronouns.ByName("Pip"));
        Assert.Equal("wave Pip’s hat", action?.Base);
    }
}
