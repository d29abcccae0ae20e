namespace StoryExhibit.Core.Stories;

/// <summary>
/// The words of a story code. Chosen by hand to be read aloud and typed on a kiosk by children: short (3 to 7
/// letters), common, concrete nouns (animals, food, nature, things, places), spelled one way in British and American
/// English, with no silent letters. Left out on purpose: words that sound like another word (bear/bare, sun/son,
/// story/storey, diary/dairy), body parts, colours, numbers, anything rude alone or next to another noun, and one of
/// every pair that differs by a single letter (cat/bat, globe/glove), so a misheard word is not another code's word.
/// No word begins another, so codes typed without separators still split one way only.
/// </summary>
internal static class SessionCodeWords
{
    public static readonly string[] All = List.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private const string List =
        "acorn airport almond alpaca amber anchor antenna apple apricot apron arena arrow atlas attic axle badger bakery " +
        "balcony balloon bamboo banana banjo banner barge barley barrel basket bay bean bed beetle belt beluga bench bike " +
        "birch bison blanket blossom bobcat bonnet book bottle bramble branch breeze broom brush bubble bucket buffalo " +
        "bugle bulb bunny bunting burger bus button cabbage cabin cactus camel camera canal canary candle candy canoe " +
        "canvas canyon cap caravan card carpet cave celery chair chalk chariot cheese chess chicken chimney circle circus " +
        "city cliff cloak cloud clover coat cobra cod coin collie comet compass condor cone cookie coral costume cottage " +
        "crab crane crater crayon cricket crown crystal cub curlew curry curtain cushion custard daisy dance delta desk " +
        "dingo dodo dog doll dolphin domino donkey door dove dragon drawer dream drum duck dune eagle easel eel egg egret " +
        "elk emu engine eraser ermine falcon farm fern ferret field fig finch firefly flag flask flute folder forest fork " +
        "fossil frog frost fudge gadget galaxy gannet garage garden garlic gazelle gear gecko gerbil glade glider glitter " +
        "globe glue goal goblin goose gopher gosling gravy guitar gull hallway hammer hammock hamster harp hawk hazel " +
        "heather helmet hen hermit heron herring hill hippo hive hockey holly honey hound husky hut hyena ibis iceberg " +
        "igloo iguana impala ivy jackal jaguar jar jelly jet jewel jigsaw journal juice jungle kayak kazoo kestrel kettle " +
        "king kitchen kite kitten kiwi koala koi krill ladder ladle lagoon lamp lantern laptop lapwing leaf lemming lemon " +
        "lemur lentil letter lever library lilac lily lime limpet lion lobster locust lotus macaw magnet magpie mamba " +
        "mango manta mantis marble market marlin marmot marsh mask meadow meteor milk minnow mint mirror moon mop moss " +
        "moth mouse museum nacho napkin narwhal nebula needle nest noodle nugget oak oasis oboe ocean ocelot octopus " +
        "olive onion orange orbit orca orchard orchid oriole osprey ostrich otter oven owl oyster page paint palace " +
        "pancake panther pantry paper parasol parcel park parrot parsnip pasta pasture path pearl pebble pelican pencil " +
        "penguin pepper perch pesto phone piano pickle pillow pine pirate pizza planet plate plaza plug pond popcorn " +
        "possum poster potato pouch prawn pudding puddle puffin puma pumpkin puppet puppy purse puzzle python quail queen " +
        "quilt rabbit radio radish raft rainbow raisin rake rattle raven ravioli reef rhino ribbon rice riddle ridge " +
        "river robin robot rocket rooster rope rug ruler sack saddle salad salsa salt sardine saucer scarf scooter seal " +
        "secret seesaw shark sheep shelf shield ship shovel shrew shrimp sink sketch skillet sky sled slide slipper slope " +
        "sloth smile snail snow soap sofa song sorbet spaniel sparrow spider spinach spiral sponge spoon spring square " +
        "squash squid stadium stapler star station statue stem stencil sticker stoat stone storm stream street subway " +
        "sugar summit sunset sushi swamp swan sweater swift swing switch syrup tabby table taco tadpole tape tapir taxi " +
        "teapot teddy tennis tent termite thimble thistle thread thunder tiara ticket tiger toast toffee token tomato " +
        "torch toucan tower town tractor train tray tree trifle trophy trout truck trumpet tuba tulip tundra tunnel " +
        "turnip turtle twig unicorn valley vanilla vase violet violin viper volcano vole wafer waffle wagon wallaby " +
        "wallet walrus wand watch well wheat whisk window wish wizard wok wolf wombat worm wren yarn yeti zebra zigzag " +
        "zoo";
}
