using StoryExhibit.Core.Profiles;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Exhibit;

namespace StoryExhibit.Web.Profiles;

/// <summary>
/// The profile this visitor is using in this circuit: one they opened or saved here, or the one this device remembers
/// (the <see cref="CookieName"/> cookie holds its code). A remembered code that opens nothing counts as a wrong code,
/// like one typed, so the cookie is no way round the limit on guessing.
/// </summary>
public sealed class ActiveProfile(ProfileStore store, StoryCodeGate gate, IHttpContextAccessor accessor, ILogger<ActiveProfile> log)
{
    public const string CookieName = "exhibit-profile";

    private bool _loaded;

    public VisitorProfile? Profile { get; private set; }

    public async Task<VisitorProfile?> GetAsync(CancellationToken ct)
    {
        if (_loaded) return Profile;
        _loaded = true;
        if (SessionCodes.Normalize(accessor.HttpContext?.Request.Cookies[CookieName]) is not { } code || gate.Refusal(code) is not null) return null;
        Profile = await store.FindAsync(code, ct);
        if (Profile is null)
        {
            gate.RecordWrong(code);
            log.LogInformation("This device remembered a profile that no longer exists");
        }
        else gate.Remember(code);
        return Profile;
    }

    /// <summary>Uses <paramref name="profile"/> from now on in this circuit (null: none).</summary>
    public void Use(VisitorProfile? profile)
    {
        _loaded = true;
        Profile = profile;
        if (profile is not null) gate.Remember(profile.Code);
    }
}
