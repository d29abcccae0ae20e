using StoryExhibit.Core.Generation.Offline.Ideas;
using StoryExhibit.Core.Generation.Offline.Imagery;

namespace StoryExhibit.Tests.Core.Generation.Offline.Imagery;

public sealed class SettingGuessTests
{
    [Theory]
    [InlineData("the generation ship Wayfarer", "Spaceship")]
    [InlineData("the colony ship Hope", "Spaceship")]
    [InlineData("the starship Meridian", "Spaceship")]
    [InlineData("the pirate ship Black Gull", "Sea")]
    [InlineData("the lighthouse at Gull Point", "Coast")]
    public void A_place_name_says_what_kind_of_world_it_is(string place, string setting) =>
        Assert.Equal(Enum.Parse<Setting>(setting), SettingGuess.Of(place));
}
