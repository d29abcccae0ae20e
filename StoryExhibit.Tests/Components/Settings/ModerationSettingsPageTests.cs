using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Settings;
using StoryExhibit.Tests.Web.Settings;
using StoryExhibit.Web.Auth;
using StoryExhibit.Web.Components.Pages.Settings;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Tests.Components.Settings;

/// <summary>The moderation page over the real settings services: staff see the levels, admins change them, and a text can be tried.</summary>
public sealed class ModerationSettingsPageTests : ComponentTestContext
{
    private SettingsHost _app = null!;

    public override async Task InitializeAsync()
    {
        _app = await SettingsHost.StartAsync();
        Services.AddFallbackServiceProvider(_app.Services);
        Services.AddScoped<CurrentStaff>();
        Services.AddSingleton(ActivatorUtilities.CreateInstance<ModerationSettingsEditor>(_app.Services));
    }

    protected override async Task DisposeTestAsync()
    {
        await _app.DisposeAsync();
        SettingsHost.DeleteFolder(_app.Folder);
    }

    private IRenderedComponent<ModerationSettings> RenderPage(string role)
    {
        AddAuthorization().SetAuthorized("tester").SetRoles(role);
        var page = Render<ModerationSettings>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("form.settings-form")));
        return page;
    }

    [Fact]
    public void Staff_see_every_level_but_cannot_change_them()
    {
        var page = RenderPage("Staff");
        Assert.Equal("1", page.Find("#level-Gentle-Fear").GetAttribute("value"));
        Assert.Equal("0", page.Find("#level-Gentle-Violence").GetAttribute("value"));
        Assert.Equal("2", page.Find("#level-Thrilling-Violence").GetAttribute("value"));
        Assert.Equal("0", page.Find("#level-Children-Profanity").GetAttribute("value"));
        Assert.Equal(7 * 6, page.FindAll("select[id^=level-]").Count);
        Assert.All(page.FindAll("select[id^=level-]"), s => Assert.True(s.HasAttribute("disabled")));
        Assert.Contains("Only admins can change these levels.", page.Find(".admin-only").TextContent);
        Assert.Empty(page.FindAll("button[type=submit]"));
    }

    [Fact]
    public async Task Staff_cannot_save_even_by_calling_the_editor()
    {
        var editor = ActivatorUtilities.CreateInstance<ModerationSettingsEditor>(_app.Services);
        var form = editor.Load();
        form.Ratings[StoryExhibit.Core.Stories.ContentRating.Gentle].Violence = 1;
        var result = await editor.SaveAsync(form, "tester", isAdmin: false, default);
        Assert.False(result.Saved);
        Assert.Empty(await _app.Store.ReadAllAsync());
    }

    [Fact]
    public async Task An_admin_changes_a_level_and_it_applies_at_once()
    {
        var page = RenderPage("Admin");
        page.Find("#level-Mild-Violence").Change("2");
        page.Find("form.settings-form").Submit();

        page.WaitForAssertion(() => Assert.Equal(2, _app.Services.GetRequiredService<IOptionsMonitor<ModerationOptions>>().CurrentValue.Mild.Violence));
        var saved = Assert.Single(await _app.Store.ReadAllAsync());
        Assert.Equal("Exhibit:Moderation:Mild:Violence", saved.Key);
        Assert.Equal("2", saved.Value);
        Assert.Equal("tester", saved.UpdatedBy);
    }

    [Fact]
    public void A_text_can_be_tried_against_the_levels_on_the_page()
    {
        var page = RenderPage("Staff");
        page.Find("#try-text").Input("The knight kills the troll");
        page.Find("#try-rating").Change("Thrilling");
        page.Find("#try-audience").Change("Teens");
        Assert.Equal("Allowed", page.Find(".try-verdict").TextContent.Trim());
        page.Find("#try-audience").Change("Children");
        Assert.StartsWith("Refused (Violence)", page.Find(".try-verdict").TextContent.Trim());
    }
}
