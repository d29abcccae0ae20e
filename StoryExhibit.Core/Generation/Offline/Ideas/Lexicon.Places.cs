namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>Place nouns with the kind of world they are and the preposition a place of that kind takes.</summary>
internal static partial class Lexicon
{
    // noun:Setting:preposition, grouped by setting.
    private const string PlaceNouns =
        "lighthouse:Coast:at beach:Coast:on coast:Coast:on harbour:Coast:in harbor:Coast:in port:Coast:in " +
        "cove:Coast:in cliff:Coast:on cliffs:Coast:on shore:Coast:on seaside:Coast:by pier:Coast:on bay:Coast:in " +
        "docks:Coast:at dock:Coast:at lagoon:Coast:by " +
        "ship:Sea:aboard boat:Sea:aboard sea:Sea:at ocean:Sea:on raft:Sea:on yacht:Sea:aboard galleon:Sea:aboard " +
        "island:Island:on isle:Island:on archipelago:Island:in " +
        "forest:Forest:in woods:Forest:in wood:Forest:in jungle:Forest:in grove:Forest:in rainforest:Forest:in " +
        "glade:Forest:in swamp:Forest:in marsh:Forest:in bog:Forest:in " +
        "mountain:Mountains:on mountains:Mountains:in peak:Mountains:on volcano:Mountains:on valley:Mountains:in " +
        "hill:Mountains:on hills:Mountains:in canyon:Mountains:in gorge:Mountains:in " +
        "farm:Countryside:on meadow:Countryside:in field:Countryside:in fields:Countryside:in countryside:Countryside:in " +
        "garden:Countryside:in orchard:Countryside:in river:Countryside:by lake:Countryside:by pond:Countryside:by " +
        "barn:Countryside:in prairie:Countryside:on vineyard:Countryside:in " +
        "village:Village:in town:Village:in hamlet:Village:in graveyard:Village:in cemetery:Village:in " +
        "churchyard:Village:in market:Village:at fair:Village:at " +
        "city:City:in metropolis:City:in street:City:on alley:City:in rooftop:City:on rooftops:City:on " +
        "skyscraper:City:in station:City:at shop:City:in bakery:City:in factory:City:in zoo:City:at park:City:in " +
        "circus:City:at theatre:City:in theater:City:in hotel:City:in cafe:City:in restaurant:City:in " +
        "hospital:City:in carnival:City:at " +
        "house:House:in home:House:at mansion:House:in manor:House:in attic:House:in cottage:House:in cabin:House:in " +
        "hut:House:in apartment:House:in bedroom:House:in kitchen:House:in treehouse:House:in inn:House:at " +
        "orphanage:House:in windmill:House:in farmhouse:House:in " +
        "castle:Castle:in palace:Castle:in tower:Castle:in kingdom:Castle:in fortress:Castle:in citadel:Castle:in " +
        "court:Castle:at realm:Castle:in empire:Castle:in " +
        "school:School:at academy:School:at classroom:School:in university:School:at college:School:at " +
        "playground:School:in boarding-school:School:at " +
        "library:Library:in bookshop:Library:in bookstore:Library:in archive:Library:in archives:Library:in " +
        "museum:Museum:in gallery:Museum:in " +
        "cave:Underground:in cavern:Underground:in caves:Underground:in mine:Underground:in tunnel:Underground:in " +
        "tunnels:Underground:in sewer:Underground:in sewers:Underground:in catacombs:Underground:in " +
        "dungeon:Underground:in labyrinth:Underground:in cellar:Underground:in basement:Underground:in " +
        "crypt:Underground:in tomb:Underground:in underworld:Underground:in " +
        "desert:Desert:in dunes:Desert:among oasis:Desert:at pyramid:Desert:in sahara:Desert:in " +
        "tundra:Snow:on arctic:Snow:in antarctica:Snow:in glacier:Snow:on igloo:Snow:in iceberg:Snow:on " +
        "sky:Sky:in clouds:Sky:above balloon:Sky:in airship:Sky:aboard plane:Sky:aboard airplane:Sky:aboard " +
        "spaceship:Spaceship:aboard starship:Spaceship:aboard spacecraft:Spaceship:aboard rocket:Spaceship:aboard " +
        "space:Spaceship:in orbit:Spaceship:in galaxy:Planet:in universe:Planet:in " +
        "planet:Planet:on moon:Planet:on asteroid:Planet:on comet:Planet:on mars:Planet:on venus:Planet:on " +
        "jupiter:Planet:on saturn:Planet:on " +
        "reef:Underwater:on seabed:Underwater:on seafloor:Underwater:on atlantis:Underwater:in";

    /// <summary>Words before a place noun that make it a spacecraft ("generation ship", "space station").</summary>
    private const string SpaceModifiers = "space star generation alien orbital interstellar galactic rocket colony";

    private const string UnderwaterModifiers = "underwater undersea sunken deep-sea";

    /// <summary>Names of places that say what kind of world they are.</summary>
    private const string ProperPlaces =
        "paris:City london:City tokyo:City rome:City venice:City cairo:Desert egypt:Desert sahara:Desert " +
        "mars:Planet venus:Planet jupiter:Planet saturn:Planet pluto:Planet olympus:Mountains himalayas:Mountains " +
        "everest:Mountains atlantis:Underwater avalon:Island camelot:Castle narnia:Forest antarctica:Snow arctic:Snow " +
        "amazon:Forest transylvania:Castle";

    /// <summary>Person nouns whose first part is where they belong ("lighthouse keeper" lives at the lighthouse).</summary>
    private const string BelongingWords = "keeper master guard ranger cook janitor maid gardener warden watchman caretaker";
}
