using Bunit;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Music.Mood;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Components.Music;

namespace StoryExhibit.Tests.Components.Music;

/// <summary>The story page's music player: the scene's mood chooses the track, the visitor starts it, staff can switch it off.</summary>
public sealed class MusicPlayerTests : ComponentTestContext
{
    private const string Eerie = "The ghost moaned in the haunted hall, and cold shadows crept along the walls.";
    private const string Joyful = "Everyone laughed and cheered and danced in the sunshine, happy at last with their friends.";

    private void Configure(bool enabled = true, MusicTheme theme = MusicTheme.Cinematic)
    {
        Services.AddOptions<MusicOptions>().Configure(o => (o.Enabled, o.DefaultTheme) = (enabled, theme));
        Services.AddSingleton<SceneMoods>();
    }

    private static Scene Finished(string prose) => new() { Number = 1, Prose = prose, State = SceneState.Complete };

    private IRenderedComponent<MusicPlayer> RenderPlayer(Scene scene, bool writing = false) =>
        Render<MusicPlayer>(p => p.Add(c => c.Scene, scene).Add(c => c.Writing, writing));

    [Fact]
    public void A_finished_scene_s_mood_chooses_the_track_in_the_exhibit_s_default_theme()
    {
        Configure(theme: MusicTheme.Calm);
        var cut = RenderPlayer(Finished(Eerie));
        var player = cut.Find(".music-player");
        Assert.Equal("eerie", player.GetAttribute("data-mood"));
        Assert.Equal("/music/eerie/calm", player.GetAttribute("data-track"));
        Assert.Equal("Music off", cut.Find(".music-status").TextContent);
    }

    [Fact]
    public void The_next_scene_keeps_the_music_while_it_is_written_and_brings_its_own_mood_when_done()
    {
        Configure();
        var cut = RenderPlayer(Finished(Eerie));
        var next = new Scene { Number = 2, Prose = Joyful[..20], State = SceneState.Writing };
        cut.Render(p => p.Add(c => c.Scene, next).Add(c => c.Writing, true));
        Assert.Equal("/music/eerie/cinematic", cut.Find(".music-player").GetAttribute("data-track"));

        next.Prose = Joyful;
        next.State = SceneState.Complete;
        cut.Render(p => p.Add(c => c.Scene, next).Add(c => c.Writing, false));
        Assert.Equal("/music/joyful/cinematic", cut.Find(".music-player").GetAttribute("data-track"));
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "cue" && Equals(i.Arguments[0], "/music/joyful/cinematic"));
    }

    [Fact]
    public void The_music_starts_only_when_the_visitor_presses_play_and_says_which_mood_plays()
    {
        Configure();
        var cut = RenderPlayer(Finished(Eerie));
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "start");
        var play = cut.Find("button.music-play");
        Assert.Equal("Music", play.GetAttribute("aria-label"));
        Assert.Equal("false", play.GetAttribute("aria-pressed"));

        play.Click();
        Assert.Equal("true", cut.Find("button.music-play").GetAttribute("aria-pressed"));
        Assert.Equal("Eerie music", cut.Find(".music-status").TextContent);
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "start");

        cut.Find("button.music-mute").Click();
        Assert.Equal("true", cut.Find("button.music-mute").GetAttribute("aria-pressed"));
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "setVolume" && Equals(i.Arguments[1], true));
        Assert.Equal("Music volume", cut.Find("input.music-volume").GetAttribute("aria-label"));
    }

    [Fact]
    public void With_music_switched_off_by_staff_there_is_no_player()
    {
        Configure(enabled: false);
        var cut = RenderPlayer(Finished(Eerie));
        Assert.Empty(cut.FindAll(".music-player"));
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "import");
    }
}
