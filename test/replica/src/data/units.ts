/**
 * The unit tree of the unit-selection page: one canton row that expands into its hospital sites (the screenshots
 * redact the canton as `KT` and show placeholder sites; we use Ticino, whose unit `TI` and site `Cardiocentro Ticino
 * (CCT)` appear in the create-user screenshots).
 */
export type Unit = {
	/** Unit ID column (`1200.TI`, `SpiGes_…`). */
	id: string;
	/** Unit column. */
	name: string;
	children: readonly Unit[];
};

const site = (name: string, suffix: string): Unit => ({name, id: `SpiGes_${suffix}`, children: []});

export const CANTON_UNIT: Unit = {
	id: '1200.TI',
	name: 'TI',
	children: [
		site('Ente Ospedaliero Cantonale (EOC)', 'EOC'),
		site('Cardiocentro Ticino (CCT)', 'CCT'),
		site('Clinica Luganese Moncucco', 'MONCUCCO'),
		site("Clinica Sant'Anna", 'SANTANNA'),
		site('Clinica Santa Chiara', 'SANTACHIARA'),
		site('Clinica Hildebrand Brissago', 'HILDEBRAND'),
		site('Clinica Ars Medica', 'ARSMEDICA'),
		site('Clinica Varini', 'VARINI'),
		site('Clinica Al Parco', 'ALPARCO'),
		site('Clinica Santa Croce', 'SANTACROCE'),
	],
};

export const UNITS: readonly Unit[] = [CANTON_UNIT];

export function findUnit(id: string | undefined): Unit | undefined {
	if (id === undefined) return undefined;
	const walk = (units: readonly Unit[]): Unit | undefined => {
		for (const unit of units) {
			if (unit.id === id) return unit;
			const child = walk(unit.children);
			if (child) return child;
		}
		return undefined;
	};
	return walk(UNITS);
}
