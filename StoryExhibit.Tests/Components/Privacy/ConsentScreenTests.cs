using Bunit;
using StoryExhibit.Web.Components.Privacy;

namespace StoryExhibit.Tests.Components.Privacy;

public sealed class ConsentScreenTests : ComponentTestContext
{
    [Fact]
    public void The_policy_says_what_is_captured_and_kept_and_each_button_gives_its_answer()
    {
        List<bool> answers = [];
        var cut = Render<ConsentScreen>(p => p
            .Add(c => c.PolicyVersion, "2027-01")
            .Add(c => c.RetentionDays, 14)
            .Add(c => c.Answer, (bool allowed) => answers.Add(allowed)));

        Assert.Contains("Privacy policy version 2027-01", cut.Find(".policy-version").TextContent);
        Assert.Contains("never leaves this device and is never stored", cut.Find(".policy").TextContent);
        Assert.Contains("after 14 days", cut.Find(".policy").TextContent);
        Assert.Equal("consent-title", cut.Find("section").GetAttribute("aria-labelledby"));

        cut.FindAll("button").Single(b => b.TextContent.Contains("Allow camera")).Click();
        cut.FindAll("button").Single(b => b.TextContent.Contains("No thanks")).Click();
        Assert.Equal([true, false], answers);
    }

    [Fact]
    public void While_the_answer_is_being_stored_the_buttons_wait()
    {
        var cut = Render<ConsentScreen>(p => p.Add(c => c.PolicyVersion, "2026-11").Add(c => c.Busy, true));
        Assert.All(cut.FindAll("button"), b => Assert.True(b.HasAttribute("disabled")));
    }
}
