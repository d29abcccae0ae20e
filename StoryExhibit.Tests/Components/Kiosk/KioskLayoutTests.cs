using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Web.Components.Kiosk;
using StoryExhibit.Web.Components.Layout;
using StoryExhibit.Web.Kiosk;

namespace StoryExhibit.Tests.Components.Kiosk;

/// <summary>A kiosk's header has no staff link and runs the idle timer; its attract screen lets the next visitor in afresh.</summary>
public sealed class KioskLayoutTests : ComponentTestContext
{
    public KioskLayoutTests()
    {
        Services.AddStorySessionForTests();
        Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
    }

    private void EveryScreenIsAKiosk(int idleSeconds = 90) => Services.PostConfigure<ExhibitOptions>(o =>
    {
        o.Kiosk.WholeExhibit = true;
        o.Kiosk.IdleSeconds = idleSeconds;
    });

    private IRenderedComponent<MainLayout> RenderLayout()
        => Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<p>page</p>"))));

    [Fact]
    public void An_ordinary_screen_shows_the_staff_link_and_no_idle_timer()
    {
        var layout = RenderLayout();
        Assert.Contains(layout.FindAll("nav a"), a => a.GetAttribute("href") == "/settings");
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Arguments.Contains("./Components/Kiosk/KioskIdle.razor.js"));
    }

    [Fact]
    public void A_kiosk_has_no_staff_link_and_starts_its_idle_timer_with_the_configured_time()
    {
        EveryScreenIsAKiosk(idleSeconds: 40);
        var layout = RenderLayout();
        Assert.DoesNotContain(layout.FindAll("a"), a => a.GetAttribute("href")?.StartsWith("/settings", StringComparison.Ordinal) == true);
        Assert.Equal(["/", "/open", "/studio"], layout.FindAll("nav a").Select(a => a.GetAttribute("href")));
        var module = JSInterop.Invocations.Single(i => i.Arguments.Contains("./Components/Kiosk/KioskIdle.razor.js"));
        Assert.Equal("import", module.Identifier);
        var start = JSInterop.Invocations.Single(i => i.Identifier == "start");
        Assert.Equal([40_000, "/attract"], start.Arguments);
    }

    [Fact]
    public void Touching_the_attract_screen_starts_a_new_visitor_session_on_the_start_page()
    {
        EveryScreenIsAKiosk();
        var kiosk = Services.GetRequiredService<KioskMode>();
        var before = kiosk.SessionKey;
        var attract = Render<AttractScreen>();
        Assert.NotEqual(before, kiosk.SessionKey);
        Assert.Contains("Touch to begin", attract.Find("button").TextContent);
        Assert.DoesNotContain(attract.FindAll("img"), img => img.GetAttribute("src")?.StartsWith("data:", StringComparison.Ordinal) == true);

        var navigation = Services.GetRequiredService<NavigationManager>();
        attract.Find("button").Click();
        Assert.Equal("http://localhost/", navigation.Uri);
        navigation.NavigateTo("/attract");
        attract.Find(".attract").Click();
        Assert.Equal("http://localhost/", navigation.Uri);
    }
}
