using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Offline;
using Xunit.Abstractions;

namespace StoryExhibit.Tests.Core.Generation.Images;

/// <summary>What the offline illustrator understands of a prompt: setting, subjects and features.</summary>
public sealed class SceneReaderTests(ITestOutputHelper output)
{
    [Fact]
    public void Reads_the_setting_and_subjects_of_the_labelled_prompts()
    {
        Assert.True(PicturePrompts.All.Length >= 40);
        var figures = PictureReadingReport.Measure(PicturePrompts.All);
        output.WriteLine(PictureReadingReport.Format(figures));
        Assert.True(figures.SettingAccuracy >= 0.95, PictureReadingReport.Format(figures));
        Assert.True(figures.SubjectRecall >= 0.9, PictureReadingReport.Format(figures));
        Assert.True(figures.SubjectPrecision >= 0.9, PictureReadingReport.Format(figures));
        Assert.True(figures.FeatureRecall >= 0.9, PictureReadingReport.Format(figures));
    }

    [Fact]
    public void A_lake_below_snowy_mountains_is_a_lake_with_a_boat_fireflies_and_peaks_and_no_falling_snow()
    {
        var reading = SceneReader.Read(new ImageRequest { Prompt = "lake below snowy mountains, wooden boat, fireflies" });
        Assert.Equal(Setting.Lake, reading.Setting);
        Assert.Equal(FigureKind.Boat, Assert.Single(reading.Figures).Kind);
        Assert.Equal("wooden boat", reading.Figures[0].Name);
        Assert.True(reading.Has(Feature.Mountains));
        Assert.True(reading.Has(Feature.Fireflies));
        Assert.Equal(Weather.Clear, reading.Weather);
        Assert.Empty(reading.Things);
    }

    [Fact]
    public void A_generation_ship_is_a_starship_and_a_drone_is_a_drone()
    {
        var reading = SceneReader.Read(new ImageRequest
        {
            Prompt = "On the generation ship Wayfarer, the drone hummed along the corridor.",
            Characters = ["Captain Ilse", "the drone Pip"],
            Genre = "Science fiction",
        });
        Assert.Equal(Setting.Starship, reading.Setting);
        Assert.Equal([FigureKind.Person, FigureKind.Drone], reading.Figures.Select(f => f.Kind));
        Assert.Equal(Headwear.None, reading.Figures[0].Hat);
        Assert.Equal("A watercolour of a mysterious starship corridor with a viewport on the stars, with Captain Ilse and the drone Pip.",
            AltTextOf(reading));
    }

    [Theory]
    [InlineData("a space station far above the planet", "Starship")]
    [InlineData("the ship sails into the harbour", "Sea")]
    [InlineData("a cabin by the lake", "Lake")]
    [InlineData("snowy mountains at dawn", "Mountains")]
    public void Longer_phrases_win_over_the_words_inside_them(string prompt, string setting) =>
        Assert.Equal(setting, SceneReader.Read(new ImageRequest { Prompt = prompt }).Setting.ToString());

    [Fact]
    public void A_story_cast_is_drawn_with_the_animals_and_machines_the_scene_names_but_not_its_passing_people()
    {
        var reading = SceneReader.Read(new ImageRequest
        {
            Prompt = "Tom and the old fisherman watched a boat and a dog on the shore.",
            Characters = ["Tom"],
        });
        Assert.Equal([FigureKind.Person, FigureKind.Boat, FigureKind.Dog], reading.Figures.Select(f => f.Kind));
    }

    [Fact]
    public void A_subject_and_a_thing_named_again_are_drawn_and_described_once()
    {
        var reading = SceneReader.Read(new ImageRequest { Prompt = "The fox found a lantern. The fox ran. The fox lifted the lantern. The fox slept." });
        Assert.Equal("fox", Assert.Single(reading.Figures).Name.Split(' ')[^1]);
        Assert.True(reading.Things.Count <= 1, string.Join(", ", reading.Things.Select(t => t.Name)));
        var alt = AltTextOf(reading);
        Assert.Equal(1, alt.Split("fox").Length - 1);
    }

    private static string AltTextOf(SceneReading reading) => AltText.Describe(ArtStyle.Watercolour, reading);
}
