using System.Text;
using StoryExhibit.Core.Generation.Offline.Grammar;
using StoryExhibit.Core.Generation.Offline.Ideas;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline;

/// <summary>
/// Writes one scene as a pure function of the brief: the world comes from the seed, the story so far
/// from replaying the path, and every random pick from generators seeded by those.
/// </summary>
internal sealed partial class SceneComposer
{
    private readonly StoryBrief _brief;
    private readonly StoryWorld _world;
    private readonly IReadOnlyList<PathStep> _steps;
    private readonly ArcStage _stage;
    private readonly AudienceVoice _voice;
    private readonly StoryRandom _rng;
    private readonly SentenceDeck _deck;
    private readonly Realiser _realiser;
    private readonly Dictionary<string, string> _slots;
    private readonly int _ordinal;
    private readonly List<List<string>> _paragraphs = [];

    private SceneComposer(StoryBrief brief, StoryIdea? idea, Func<StoryWorld, StoryWorld>? retell = null)
    {
        _brief = brief;
        _world = idea is null ? WorldBuilder.Build(brief.Seed) : WorldBuilder.Build(brief.Seed, idea);
        if (retell is not null) _world = retell(_world);
        _steps = PathReplayer.Replay(brief.Path);
        _stage = ArcPlanner.StageOf(brief);
        _voice = new AudienceVoice(brief.Seed.Audience, ProperNames(_world));
        _rng = StoryRandom.From(_world.StorySeedHash, brief.SceneNumber, brief.Variant, string.Join("\n", brief.Path));
        _ordinal = ChoiceMaker.OrdinalOfLastStep(_world, _steps, _voice);
        var length = Math.Max(brief.Seed.Length, brief.SceneNumber);
        _deck = new SentenceDeck(_world.StorySeedHash, brief.Variant * length + brief.SceneNumber - 1, _ordinal + SentenceDeck.Siblings * brief.Variant, length);
        _realiser = new Realiser(firstScene: brief.SceneNumber <= 1);
        _slots = Slots();
    }

    public static string Compose(StoryBrief brief) => new SceneComposer(brief, null).Write();

    /// <summary>The scene told from a changed world (the long-form writer's narrator standing in for the hero).</summary>
    internal static string Compose(StoryBrief brief, Func<StoryWorld, StoryWorld> retell) => new SceneComposer(brief, null, retell).Write();

    /// <summary>For tests: the scene as told from a given reading of the idea.</summary>
    internal static string Compose(StoryBrief brief, StoryIdea idea) => new SceneComposer(brief, idea).Write();

    private PathStep? LastStep => _steps.Count > 0 ? _steps[^1] : null;

    private string Write()
    {
        if (_stage == ArcStage.Opening || (_brief.SceneNumber <= 1 && _stage == ArcStage.Resolution)) WriteOpening();
        else WriteConsequence();

        switch (_stage)
        {
            case ArcStage.Rising: WriteRising(); break;
            case ArcStage.Climax: WriteClimax(); break;
            case ArcStage.Resolution: WriteResolution(); break;
        }

        var text = new StringBuilder();
        foreach (var paragraph in _paragraphs.Where(p => p.Count > 0))
            text.Append(string.Join(' ', _voice.Weave(paragraph, _rng))).Append("\n\n");

        if (_stage == ArcStage.Resolution) text.Append(SceneFormat.EndMarker);
        else
        {
            text.Append(SceneFormat.ChoicesHeading).Append('\n');
            var choices = ChoiceMaker.Make(_world, _steps, _brief.SceneNumber, _stage, _voice, _brief.Variant);
            for (var i = 0; i < choices.Count; i++) text.Append($"{i + 1}. {choices[i]}\n");
        }
        return text.ToString().TrimEnd() + "\n";
    }

    private void WriteOpening()
    {
        var window = _brief.Variant;
        Paragraph();
        Add("open.setting", OpeningTemplates.Setting, window: window);
        Add("sense", TextureTemplates.Sense, reserve: 3);
        Add("open.hero", OpeningTemplates.Hero, window: window);
        if (_world.HeroIntro is not null) Add("open.intro", OpeningTemplates.HeroIntro, window: window);
        Paragraph();
        Add("open.companion", OpeningTemplates.Companion, window: window);
        if (_world.Event is not null)
        {
            Add("open.event", OpeningTemplates.Event, window: window);
            Add("open.object", _world.ObjectDetail is null ? OpeningTemplates.Object : OpeningTemplates.ObjectWithDetail, window: window);
        }
        else
        {
            Add("open.object", _world.ObjectDetail is null ? OpeningTemplates.Object : OpeningTemplates.ObjectWithDetail, window: window);
            Add("open.inciting", OpeningTemplates.Inciting, window: window);
        }
        Add("open.goal", OpeningTemplates.Goal, window: window);
        if (_stage == ArcStage.Opening)
        {
            Paragraph();
            Add("open.obstacle", OpeningTemplates.Obstacle, window: window);
            Fill();
            Add("open.lead", OpeningTemplates.Lead, window: window);
        }
    }

    private void WriteConsequence()
    {
        var step = LastStep;
        Paragraph();
        if (step is not null)
        {
            var reading = ChoiceReading.Of(step, _world.HeroPronouns, _world.HeroCharacter.Full);
            _slots["choice"] = reading.Base;
            _slots["choicePast"] = reading.Past ?? "";
            _slots["choiceGerund"] = reading.Gerund ?? "";
            var carry = !reading.IsDeed ? ChoiceTemplates.CarryHappening
                : reading.Gerund is not null ? ChoiceTemplates.CarryBegun
                : reading.Past is not null ? ChoiceTemplates.CarryPast : ChoiceTemplates.Carry;
            Add("carry", carry, reserve: 3, visitorText: true);
            // A visitor's own deed gets consequences of its own, never the ones of an offered choice of the same kind.
            var kind = step.IsFreeText ? ChoiceKind.Wonder : step.Kind;
            var consequences = ChoiceTemplates.Consequences(kind);
            var occurrence = _steps.Take(_steps.Count - 1).Count(s => s.IsFreeText == step.IsFreeText && (step.IsFreeText || s.Kind == kind));
            var count = _stage == ArcStage.Resolution ? 1 : 2;
            for (var i = 0; i < count; i++)
                Add("consequence." + kind, consequences, perScene: 2, window: occurrence + _brief.Variant, reserve: 3);
        }
        Add("arrive", TextureTemplates.Arrive, reserve: 3);
        if (_steps.Count >= 2)
        {
            var earlier = (int)(StoryRandom.Hash(_brief.SceneNumber, _ordinal) % (ulong)(_steps.Count - 1));
            _slots["memory"] = TextureTemplates.MemoryOf(_steps[earlier], _world, earlier + 2);
            Add("memory", TextureTemplates.Memory, ownSlotOnly: true);
        }
    }

    private void WriteRising()
    {
        // Only the middle scenes draw these, so their windows are counted over the middle alone.
        var middle = MiddleWindows;
        var window = _brief.Variant * middle + Math.Min(middle - 2, Math.Max(0, _brief.SceneNumber - 2));
        Paragraph();
        Add("discovery", MiddleTemplates.Discovery, window: window, reserve: 3, windows: middle, ownSlotOnly: true);
        Add(_brief.Seed.Rating == ContentRating.Thrilling ? "peril" : "hurdle",
            _brief.Seed.Rating == ContentRating.Thrilling ? MiddleTemplates.Peril : MiddleTemplates.Hurdle, window: window, reserve: 3, windows: middle);
        if (_brief.SceneNumber == Math.Max(1, _brief.Seed.Length) - 2)
            Add("foreshadow", ClimaxTemplates.Foreshadow(_world.Ending), reserve: 3, windows: 1, ownSlotOnly: true);
        Fill();
        Paragraph();
        Add("lead", MiddleTemplates.Lead, window: window, reserve: 3, windows: middle);
    }

    /// <summary>Windows of the categories only middle scenes draw: one per rising scene, and one for the climax's peril.</summary>
    private int MiddleWindows => Math.Max(2, _brief.Seed.Length - 2);

    private void WriteClimax()
    {
        var window = _brief.Variant;
        Paragraph();
        Add("climax.face", MiddleTemplates.ClimaxFace, window: window, reserve: 3, windows: 1);
        if (_brief.Seed.Rating == ContentRating.Thrilling)
            Add("peril", MiddleTemplates.Peril, window: _brief.Variant * MiddleWindows + MiddleWindows - 1, reserve: 3, windows: MiddleWindows);
        Add("climax.object", MiddleTemplates.ClimaxObject, window: window, reserve: 3, windows: 1, ownSlotOnly: true);
        // One turn each: with two, siblings (different last choices) would always share one.
        Add("climax.turn", ClimaxTemplates.Turn(_world.Ending), window: window, reserve: 3, windows: 1);
        Add("climax.trait", MiddleTemplates.ClimaxTrait, window: window, reserve: 3, windows: 1, ownSlotOnly: true);
        Fill();
        Paragraph();
        Add("climax.lead", MiddleTemplates.ClimaxLead, window: window, reserve: 3, windows: 1);
    }

    private void WriteResolution()
    {
        var window = _brief.Variant;
        Paragraph();
        for (var i = 0; i < 3; i++) Add("ending", EndingTemplates.Body(_world.Ending), perScene: 3, window: window);
        Fill();
        Paragraph();
        Add("closing", EndingTemplates.Closing(_world.Ending), window: window);
    }

    /// <summary>Adds texture until the scene is long enough for its audience.</summary>
    private void Fill()
    {
        var target = _brief.SceneWords ?? SceneLengths.WordsFor(_brief.Seed.Audience, SceneLength.Standard);
        var sources = new (string Name, string[] Templates)[]
        {
            ("companion", TextureTemplates.CompanionLine), ("sense", TextureTemplates.Sense),
            ("feeling", TextureTemplates.Feeling), ("keyline", TextureTemplates.KeyLine), ("moment", TextureTemplates.Moment),
            ("detail", TextureTemplates.Detail),
        };
        // Same perScene/reserve as everywhere else these categories are drawn, or windows would overlap.
        // Sibling scenes start from different sources, so a short fill rarely repeats what a sibling said.
        var start = (_ordinal + _brief.SceneNumber) % sources.Length;
        // A first pass takes only sentences this sibling owns; a short scene then takes shared ones too.
        foreach (var ownOnly in new[] { true, false })
            for (var i = 0; i < sources.Length * 2 && WordCount() < target; i++)
            {
                var (name, templates) = sources[(start + i) % sources.Length];
                if (name == "keyline" && _stage == ArcStage.Resolution) continue;
                // Sentences naming the place's details differ between siblings anyway.
                var ownSlotOnly = ownOnly && name is not ("detail" or "sense");
                if (name is "companion" or "moment" or "detail") Add(name, templates, perScene: 2, reserve: 2, ownSlotOnly: ownSlotOnly);
                else Add(name, templates, reserve: 3, ownSlotOnly: ownSlotOnly);
            }
    }

    private int WordCount() => _paragraphs.Sum(p => p.Sum(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));

    private void Paragraph()
    {
        _paragraphs.Add([]);
        _realiser.NextParagraph();
    }

    private void Add(string category, IReadOnlyList<string> templates, int perScene = 1, int? window = null, int reserve = 0,
        bool visitorText = false, int? windows = null, bool ownSlotOnly = false)
    {
        var template = _deck.Draw(category, templates, perScene, window, reserve, windows, ownSlotOnly && _steps.Count > 0);
        if (template is null) return;
        RotateDetails();
        var sentence = Template.Render(template, _slots, _voice, _rng, _world, _realiser);
        // Visitor words are theirs to choose; everything the storyteller adds must respect the rating.
        if (_brief.Seed.Rating == ContentRating.Gentle && !visitorText && !ContentGuard.IsGentle(sentence)) return;
        _paragraphs[^1].Add(sentence);
    }

    private int _detail;

    /// <summary>Each sentence gets the next sight, sound and smell, so one scene does not repeat a detail,
    /// and sibling scenes (different choices from one scene) start from different details.</summary>
    private void RotateDetails()
    {
        var d = _world.Details;
        var offset = (int)(StoryRandom.Hash(_world.StorySeedHash, _brief.SceneNumber, _brief.Variant) % 97) + _ordinal * 2;
        _slots["sight"] = d.Sights[(offset + _detail) % d.Sights.Length];
        _slots["sound"] = d.Sounds[(offset + _detail) % d.Sounds.Length];
        _slots["smell"] = d.Smells[(offset + _detail) % d.Smells.Length];
        _detail++;
    }

    private Dictionary<string, string> Slots()
    {
        var w = _world;
        var kind = LastStep?.Kind ?? ChoiceKind.Explore;
        return new Dictionary<string, string>
        {
            ["trait"] = w.Trait.Word, ["deed"] = w.Trait.Deed, ["companionKind"] = w.CompanionKind,
            ["heroIntro"] = w.HeroIntro ?? "", ["gift"] = w.ObjectGift, ["objectDetail"] = w.ObjectDetail ?? "",
            ["foeIts"] = w.FoePossessive, ["motif"] = w.Motif, ["key"] = w.Key, ["goal"] = w.Goal,
            ["eventPast"] = w.Event?.Past ?? "", ["landmark"] = w.LandmarkFor(_brief.SceneNumber, kind),
            ["sight"] = "", ["sound"] = "", ["smell"] = "", ["choice"] = "", ["choicePast"] = "", ["choiceGerund"] = "", ["memory"] = "",
        };
    }

    private static HashSet<string> ProperNames(StoryWorld w)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in new[] { w.Hero, w.Companion, w.HeroCharacter.Full, w.CompanionCharacter.Full, w.Place, w.PlaceShort })
            if (phrase.Length > 0 && char.IsUpper(phrase[0])) names.Add(phrase.Split(' ')[0]);
        return names;
    }
}
