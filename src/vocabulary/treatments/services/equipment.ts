/**
 * DMEPOS: durable medical equipment, prosthetics, orthotics and supplies (DWC subcategories
 * Electrical Stimulation; Prosthetics/Orthotics; Supplies; DME).
 */
import { category, group, services, type ServiceRecord } from '../records.js';

const STIM_GROUP = 'group/electrical-stimulation';
const ORTHOTICS_GROUP = 'group/orthotics-prosthetics';
const SUPPLIES_GROUP = 'group/medical-supplies';
const DME_GROUP = 'group/dme';
const TENS = 'dme/tens';
const EMS = 'dme/electrical-muscle-stimulator';

const stim = services({ category: 'DMEPOS', subcategory: 'Electrical Stimulation', broader: [STIM_GROUP] });
const orthotic = services({ category: 'DMEPOS', subcategory: 'Prosthetics/Orthotics', broader: [ORTHOTICS_GROUP] });
const supply = services({ category: 'DMEPOS', subcategory: 'Supplies', broader: [SUPPLIES_GROUP] });
const dme = services({ category: 'DMEPOS', subcategory: 'DME', broader: [DME_GROUP] });
const family = (subcategory: string) => ({ category: 'DMEPOS' as const, subcategory, broader: ['category/dmepos'] });

export const ELECTRICAL_STIMULATION: readonly ServiceRecord[] = [
  stim('dme/tens-ems-unit', 'Combined TENS/EMS unit', {
    synonyms: ['EMS/TENS', 'TENS/EMS', 'EMS/TENS unit', 'TENS/EMS unit', 'TENS-EMS unit', 'combination TENS/EMS unit'],
    combines: [TENS, EMS],
  }),
  stim(TENS, 'TENS unit', {
    synonyms: ['TENS', 'TENS units', 'transcutaneous electrical nerve stimulation', 'transcutaneous electrical nerve stimulator', 'transcutaneous electrical nerve stimulation unit', 'TENS device', 'TENS unit rental', 'TENS unit purchase'],
  }),
  stim('dme/interferential-stimulator', 'Interferential current stimulator', {
    synonyms: ['interferential unit', 'interferential stimulator', 'interferential current stimulation', 'interferential', 'IF unit', 'IFC unit', 'ICS'],
  }),
  stim('dme/h-wave', 'H-wave stimulator', { synonyms: ['H-wave', 'H wave', 'H-wave unit', 'H-wave device', 'home H-wave device', 'H wave unit'] }),
  stim('dme/neuromuscular-electrical-stimulator', 'Neuromuscular electrical stimulator', { synonyms: ['NMES', 'neuromuscular electrical stimulation', 'neuromuscular stimulator', 'NMES unit'] }),
  stim(EMS, 'Electrical muscle stimulator', {
    synonyms: ['EMS', 'EMS unit', 'electrical muscle stimulation', 'electric muscle stimulation', 'muscle stimulator'],
  }),
  stim('dme/microcurrent-stimulator', 'Microcurrent stimulator', { synonyms: ['microcurrent', 'MENS', 'microcurrent electrical nerve stimulation', 'microcurrent unit'] }),
  stim('dme/electrical-stimulation', 'Electrical stimulation', {
    synonyms: ['electric stimulation', 'electrical stimulator', 'E-stim', 'estim', 'e-stim unit', 'electrotherapy', 'electrical stimulation unit'],
    cues: ['stimulator'],
  }),
  group(STIM_GROUP, 'Electrical stimulation devices', family('Electrical Stimulation'), { synonyms: ['electrical stimulation devices', 'electrotherapy devices', 'stimulators'] }),
];

export const ORTHOTICS: readonly ServiceRecord[] = [
  orthotic('orthotics/lumbar-support', 'Lumbar support', {
    synonyms: ['back support', 'LSO', 'lumbosacral orthosis', 'lumbar brace', 'back brace', 'lumbar corset', 'lumbar support brace', 'lumbar orthosis'],
  }),
  orthotic('orthotics/thoracolumbosacral-orthosis', 'Thoracolumbosacral orthosis', { synonyms: ['TLSO', 'TLSO brace'] }),
  orthotic('orthotics/cervical-collar', 'Cervical collar', { synonyms: ['neck brace', 'collar', 'soft collar', 'hard collar', 'Philadelphia collar', 'Aspen collar', 'Miami J collar'] }),
  orthotic('orthotics/sling', 'Sling', {
    synonyms: ['slings', 'shoulder sling', 'arm sling', 'Ultrasling', 'arc sling', 'abduction sling', 'sling with abduction pillow'],
    cues: ['ultrasling*'],
  }),
  orthotic('orthotics/splint', 'Splint', { synonyms: ['splints', 'wrist splint', 'night splint', 'thumb spica splint', 'resting hand splint'], cues: ['splint*'] }),
  orthotic('orthotics/immobilizer', 'Immobilizer', { synonyms: ['knee immobilizer', 'shoulder immobilizer', 'immobilizers'] }),
  orthotic('orthotics/walking-boot', 'Walking boot', { synonyms: ['CAM boot', 'CAM walker', 'fracture boot', 'walker boot'] }),
  orthotic('orthotics/foot-orthotics', 'Foot orthotics', {
    synonyms: ['orthotics', 'orthotic', 'custom orthotics', 'custom foot orthotics', 'shoe inserts', 'shoe insert', 'insoles', 'arch supports', 'orthopedic shoes'],
    cues: ['orthotic*', 'shoe insert*', 'insole*'],
  }),
  orthotic('orthotics/compression-garment', 'Compression garment', {
    synonyms: ['compression stockings', 'compression stocking', 'compression sleeve', 'compression garments', 'TED hose', 'compression hose'],
    cues: ['compression stocking*'],
  }),
  orthotic('orthotics/hearing-aids', 'Hearing aids', { synonyms: ['hearing aid'], cues: ['hearing aid*'] }),
  orthotic('orthotics/prosthesis', 'Prosthesis', { synonyms: ['prosthetic', 'prosthetics', 'prosthetic limb', 'artificial limb'], cues: ['prosthe*'] }),
  orthotic('orthotics/brace', 'Brace', {
    synonyms: ['braces', 'bracing', 'knee brace', 'wrist brace', 'elbow brace', 'ankle brace', 'shoulder brace', 'hinged knee brace', 'unloader brace'],
    cues: ['brace*', 'bracing'],
  }),
  group(ORTHOTICS_GROUP, 'Orthotics and prosthetics', family('Prosthetics/Orthotics'), {
    synonyms: ['orthotics and prosthetics', 'prosthetics and orthotics', 'orthosis', 'orthoses', 'orthotic devices'],
    cues: ['orthosis', 'orthoses', 'support'],
  }),
];

export const SUPPLIES: readonly ServiceRecord[] = [
  supply('supplies/electrodes', 'Electrodes', { synonyms: ['electrode pads', 'TENS electrodes', 'TENS supplies', 'TENS pads', 'electrode'] }),
  supply('supplies/batteries', 'Batteries', { synonyms: ['battery', 'TENS batteries'] }),
  supply('supplies/gloves', 'Gloves', { synonyms: ['exam gloves', 'latex gloves', 'nitrile gloves'] }),
  supply('supplies/wipes', 'Wipes', { synonyms: ['hygiene wipes', 'wet wipes'] }),
  supply('supplies/bandages', 'Bandages and dressings', { synonyms: ['bandage', 'bandages', 'dressing', 'dressings', 'wound dressings', 'gauze'], cues: ['bandage*', 'dressing*'] }),
  supply('supplies/heat-wraps', 'Heat wraps', { synonyms: ['heat wrap', 'ThermaCare', 'ThermaCare wraps'], cues: ['heat wrap*'] }),
  supply('supplies/catheters', 'Catheters', { synonyms: ['catheter', 'urinary catheters'], cues: ['catheter*'] }),
  supply('supplies/incontinence-supplies', 'Incontinence supplies', { synonyms: ['diapers', 'adult diapers', 'incontinence pads', 'briefs'] }),
  supply('supplies/hip-pad', 'Hip pad', { synonyms: ['hip pads', 'hip protector'] }),
  supply('supplies/wraps', 'Wraps', { synonyms: ['wrap', 'leg wraps', 'leg wrap', 'shoulder wrap', 'compression wrap', 'ACE wrap'] }),
  group(SUPPLIES_GROUP, 'Medical supplies', family('Supplies'), { synonyms: ['supplies', 'medical supply'], cues: ['supplies'] }),
];

export const DURABLE_EQUIPMENT: readonly ServiceRecord[] = [
  dme('dme/cold-compression-unit', 'Cold compression unit', {
    synonyms: ['cold compression', 'cold compression therapy', 'cold compression therapy unit', 'Vascutherm', 'Vascutherm unit', 'Game Ready', 'Game Ready unit', 'hot/cold compression', 'hot and cold compression', 'compression therapy unit', 'DVT/cold compression'],
    broader: [DME_GROUP, 'dme/cold-therapy-unit'],
  }),
  dme('dme/cold-therapy-unit', 'Cold therapy unit', {
    synonyms: ['cold therapy', 'cold therapy units', 'cryotherapy', 'cryotherapy unit', 'cryo unit', 'ice unit', 'ice machine', 'Polar Care', 'Polar Care unit', 'cryo cuff', 'continuous cold therapy', 'cold unit', 'iceman'],
  }),
  dme('dme/hot-cold-unit', 'Hot and cold therapy unit', { synonyms: ['hot/cold', 'hot/cold unit', 'hot and cold unit', 'hot/cold therapy unit', 'heat/cold unit', 'thermal unit', 'contrast therapy unit'] }),
  dme('dme/heating-pad', 'Heating pad', { synonyms: ['heat pad', 'heating pads', 'electric heating pad'] }),
  dme('dme/continuous-passive-motion', 'Continuous passive motion device', { synonyms: ['CPM', 'CPM machine', 'CPM unit', 'continuous passive motion', 'continuous passive motion machine'] }),
  dme('dme/pillow', 'Pillow', { synonyms: ['cervical pillow', 'wedge pillow', 'orthopedic pillow', 'abduction pillow', 'pillows', 'knee pillow'] }),
  dme('dme/mattress', 'Mattress', { synonyms: ['orthopedic mattress', 'mattress topper'] }),
  dme('dme/hospital-bed', 'Hospital bed', { synonyms: ['adjustable bed', 'bed', 'electric bed', 'semi-electric hospital bed'] }),
  dme('dme/wheelchair', 'Wheelchair', { synonyms: ['wheel chair', 'power wheelchair', 'manual wheelchair', 'electric wheelchair'] }),
  dme('dme/walker', 'Walker', { synonyms: ['front wheeled walker', 'front-wheeled walker', 'rolling walker', 'four wheeled walker', 'rollator', 'walker with seat'] }),
  dme('dme/cane', 'Cane', { synonyms: ['quad cane', 'walking cane'] }),
  dme('dme/crutches', 'Crutches', { synonyms: ['crutch', 'forearm crutches'] }),
  dme('dme/scooter', 'Mobility scooter', { synonyms: ['scooter', 'power scooter', 'motorized scooter', 'electric scooter'] }),
  dme('dme/bathroom-equipment', 'Bathroom safety equipment', {
    synonyms: ['shower chair', 'commode', 'bedside commode', 'grab bar', 'grab bars', 'raised toilet seat', 'tub bench', 'shower bench', 'tub transfer bench', 'bath bench'],
    cues: ['grab bar*'],
  }),
  dme('dme/reacher', 'Reacher', { synonyms: ['reachers', 'grabber', 'reaching aid', 'reacher/grabber'] }),
  dme('dme/ergonomic-workstation', 'Ergonomic workstation', {
    synonyms: ['workstation', 'sit-stand workstation', 'sit-stand desk', 'sit/stand workstation', 'standing desk', 'ergonomic chair', 'ergonomic keyboard', 'keyboard', 'headset', 'chair', 'office chair'],
  }),
  dme('dme/home-traction-unit', 'Home traction unit', { synonyms: ['traction unit', 'home traction', 'cervical traction unit', 'lumbar traction unit', 'Saunders traction', 'over the door traction', 'pneumatic traction unit'] }),
  dme('dme/inversion-table', 'Inversion table'),
  dme('dme/exercise-equipment', 'Exercise equipment', {
    synonyms: ['exercise kit', 'home exercise kit', 'exercise ball', 'resistance bands', 'resistance band', 'Theraband', 'exercise bike', 'stationary bike', 'recumbent bike', 'treadmill', 'gym equipment', 'pedal exerciser', 'home gym', 'exercise equipment purchase'],
    cues: ['resistance band*'],
  }),
  dme('dme/nebulizer', 'Nebulizer'),
  dme('dme/cpap', 'CPAP machine', { synonyms: ['CPAP', 'BiPAP', 'continuous positive airway pressure', 'CPAP supplies'] }),
  dme('dme/bone-growth-stimulator', 'Bone growth stimulator', { synonyms: ['bone stimulator', 'bone growth stimulation', 'osteogenesis stimulator', 'Exogen'] }),
  group(DME_GROUP, 'Durable medical equipment', family('DME'), {
    synonyms: ['DME', 'medical equipment', 'equipment', 'durable equipment'],
    cues: ['DME', 'durable medical equipment', 'medical equipment', 'unit', 'units', 'rental', 'purchase', 'equipment', 'device'],
  }),
  category('DMEPOS', 'DMEPOS', { synonyms: ['durable medical equipment, prosthetics, orthotics and supplies', 'DMEPOS items'] }),
];
