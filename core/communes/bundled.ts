/** Registers the bundled administrative units (admin-units-2025.json, MIT: see data/admin-units-2025.LICENSE). */
import raw from '../../data/admin-units-2025.json';
import { registerAdminUnits, type AdminUnitsRaw } from './index.js';

registerAdminUnits(raw as AdminUnitsRaw);
