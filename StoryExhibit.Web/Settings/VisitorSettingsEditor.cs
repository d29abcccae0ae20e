using Microsoft.Extensions.Options;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Privacy;
using StoryExhibit.Core.Settings;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Web.Settings;

/// <summary>
/// The visitors page's fields: content limits, feature switches (narration's two live with speech), per-visitor limits,
/// kiosk mode for every screen, and how long visitors' data is kept under which privacy policy.
/// </summary>
public sealed class VisitorSettingsForm
{
    public ContentRating RatingCeiling { get; set; } = ContentRating.Thrilling;
    public HashSet<Audience> Audiences { get; set; } = [.. Enum.GetValues<Audience>()];

    public bool Branching { get; set; } = true;
    public bool CustomChoices { get; set; } = true;
    public bool Illustrations { get; set; } = true;
    public bool Feedback { get; set; } = true;
    public bool CameraStart { get; set; } = true;
    public bool RealTimeNarration { get; set; } = true;
    public bool AutoPlayLastScene { get; set; } = true;

    public int StoriesPerHour { get; set; } = 12;
    public int ScenesPerMinute { get; set; } = 6;

    public bool KioskEverywhere { get; set; }
    public int KioskIdleSeconds { get; set; } = 90;

    public int RetentionDays { get; set; } = 30;
    public string PolicyVersion { get; set; } = "";

    public static string Name(ContentRating rating) => rating switch
    {
        ContentRating.Gentle => "Gentle",
        ContentRating.Mild => "A little scary",
        _ => "Thrilling",
    };
}

/// <summary>Everything behind the visitors page, checked with the same rules that stop the app at start.</summary>
public sealed class VisitorSettingsEditor(
    IConfiguration configuration,
    SettingsStore store,
    IEnumerable<IValidateOptions<ExhibitOptions>> rules,
    IEnumerable<IValidateOptions<PrivacyOptions>> privacyRules,
    ILogger<VisitorSettingsEditor> log)
{
    private const string E = ExhibitOptions.Section + ":";
    private const string S = SpeechOptions.Section + ":";
    private const string P = PrivacyOptions.Section + ":";
    private static readonly IReadOnlySet<string> FreeText = new HashSet<string>([P + "PolicyVersion"], StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        [E + "Content:RatingCeiling"] = nameof(VisitorSettingsForm.RatingCeiling),
        [E + "Content:Audiences"] = nameof(VisitorSettingsForm.Audiences),
        [E + "VisitorLimits:StoriesPerHour"] = nameof(VisitorSettingsForm.StoriesPerHour),
        [E + "VisitorLimits:ScenesPerMinute"] = nameof(VisitorSettingsForm.ScenesPerMinute),
        [E + "Kiosk:IdleSeconds"] = nameof(VisitorSettingsForm.KioskIdleSeconds),
        [P + "RetentionDays"] = nameof(VisitorSettingsForm.RetentionDays),
        [P + "PolicyVersion"] = nameof(VisitorSettingsForm.PolicyVersion),
    };

    public VisitorSettingsForm Load()
    {
        var exhibit = Current();
        var speech = SettingsEditing.Bind<SpeechOptions>(configuration, SpeechOptions.Section);
        var privacy = CurrentPrivacy();
        return new VisitorSettingsForm
        {
            RatingCeiling = exhibit.Content.RatingCeiling,
            Audiences = [.. exhibit.Content.AllowedAudiences],
            Branching = exhibit.Features.Branching,
            CustomChoices = exhibit.Features.CustomChoices,
            Illustrations = exhibit.Features.Illustrations,
            Feedback = exhibit.Features.Feedback,
            CameraStart = exhibit.Features.CameraStart,
            RealTimeNarration = speech.RealTimeNarration,
            AutoPlayLastScene = speech.AutoPlayLastScene,
            StoriesPerHour = exhibit.VisitorLimits.StoriesPerHour,
            ScenesPerMinute = exhibit.VisitorLimits.ScenesPerMinute,
            KioskEverywhere = exhibit.Kiosk.WholeExhibit,
            KioskIdleSeconds = exhibit.Kiosk.IdleSeconds,
            RetentionDays = privacy.RetentionDays,
            PolicyVersion = privacy.PolicyVersion,
        };
    }

    public IReadOnlyDictionary<string, string> Check(VisitorSettingsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (form.Audiences.Count == 0) errors[nameof(form.Audiences)] = "Allow at least one audience, or visitors could not start a story.";
        SettingsEditing.Validate(rules, Apply(form), Fields, errors);
        SettingsEditing.Validate(privacyRules, Privacy(form), Fields, errors);
        return errors;
    }

    public IReadOnlyDictionary<string, string?> ChangesFor(VisitorSettingsForm form)
    {
        var defaults = Values(new ExhibitOptions(), new SpeechOptions(), new PrivacyOptions());
        var changes = SettingsEditing.Changes(configuration, Values(Apply(form), Speech(form), Privacy(form)), defaults, FreeText);
        // An empty list in appsettings.json means every audience: the same audiences chosen again are no change.
        if (!Current().Content.AllowedAudiences.Order().SequenceEqual(form.Audiences.Order()))
            SettingsEditing.AddList(configuration, E + "Content:Audiences", [.. form.Audiences.Order().Select(a => a.ToString())], changes);
        return changes;
    }

    public Task<SettingsSaveResult> SaveAsync(VisitorSettingsForm form, string changedBy, CancellationToken ct) =>
        SettingsEditing.SaveAsync(store, Check(form), () => ChangesFor(form), SettingsEditing.NoSecrets, changedBy, log, ct);

    public Task<IReadOnlyList<SettingChange>> RecentChangesAsync(int count, CancellationToken ct) => store.RecentChangesAsync(count, ct);

    private ExhibitOptions Current() => SettingsEditing.Bind<ExhibitOptions>(configuration, ExhibitOptions.Section);

    private ExhibitOptions Apply(VisitorSettingsForm form)
    {
        var candidate = Current();
        candidate.Content.RatingCeiling = form.RatingCeiling;
        candidate.Content.Audiences = [.. form.Audiences.Order()];
        candidate.Features.Branching = form.Branching;
        candidate.Features.CustomChoices = form.CustomChoices;
        candidate.Features.Illustrations = form.Illustrations;
        candidate.Features.Feedback = form.Feedback;
        candidate.Features.CameraStart = form.CameraStart;
        candidate.VisitorLimits.StoriesPerHour = form.StoriesPerHour;
        candidate.VisitorLimits.ScenesPerMinute = form.ScenesPerMinute;
        candidate.Kiosk.WholeExhibit = form.KioskEverywhere;
        candidate.Kiosk.IdleSeconds = form.KioskIdleSeconds;
        return candidate;
    }

    private static SpeechOptions Speech(VisitorSettingsForm form) => new() { RealTimeNarration = form.RealTimeNarration, AutoPlayLastScene = form.AutoPlayLastScene };

    private PrivacyOptions CurrentPrivacy() => SettingsEditing.Bind<PrivacyOptions>(configuration, PrivacyOptions.Section);

    private PrivacyOptions Privacy(VisitorSettingsForm form)
    {
        var candidate = CurrentPrivacy();
        candidate.RetentionDays = form.RetentionDays;
        candidate.PolicyVersion = form.PolicyVersion?.Trim() ?? "";
        return candidate;
    }

    private static Dictionary<string, string> Values(ExhibitOptions o, SpeechOptions speech, PrivacyOptions privacy)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [E + "Content:RatingCeiling"] = o.Content.RatingCeiling.ToString(),
            [E + "Features:Branching"] = SettingsEditing.Bool(o.Features.Branching),
            [E + "Features:CustomChoices"] = SettingsEditing.Bool(o.Features.CustomChoices),
            [E + "Features:Illustrations"] = SettingsEditing.Bool(o.Features.Illustrations),
            [E + "Features:Feedback"] = SettingsEditing.Bool(o.Features.Feedback),
            [E + "Features:CameraStart"] = SettingsEditing.Bool(o.Features.CameraStart),
            [E + "VisitorLimits:StoriesPerHour"] = o.VisitorLimits.StoriesPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [E + "VisitorLimits:ScenesPerMinute"] = o.VisitorLimits.ScenesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [E + "Kiosk:WholeExhibit"] = SettingsEditing.Bool(o.Kiosk.WholeExhibit),
            [E + "Kiosk:IdleSeconds"] = o.Kiosk.IdleSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [S + "RealTimeNarration"] = SettingsEditing.Bool(speech.RealTimeNarration),
            [S + "AutoPlayLastScene"] = SettingsEditing.Bool(speech.AutoPlayLastScene),
            [P + "RetentionDays"] = privacy.RetentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [P + "PolicyVersion"] = privacy.PolicyVersion,
        };
        return values;
    }
}
