"""Makes and models common in Mexico, by vehicle key (demo vehicles)."""

from __future__ import annotations

from typing import Final, NamedTuple


class VehicleModel(NamedTuple):
    make: str
    model: str
    key: int
    wmi: str  # world manufacturer identifier (VIN positions 1-3)
    year_min: int
    year_max: int
    weight: int
    band: str | None = None  # cylinder band, only for keys 107/108
    commercial_share: float = 0.1  # share registered for commercial service


VEHICLE_MODELS: Final[tuple[VehicleModel, ...]] = (
    # 101 AUTOMOVIL
    VehicleModel("Nissan", "Versa", 101, "3N1", 2012, 2025, 14, commercial_share=0.2),
    VehicleModel("Nissan", "Tsuru", 101, "3N1", 2000, 2017, 12, commercial_share=0.3),
    VehicleModel("Nissan", "March", 101, "3N1", 2012, 2025, 8),
    VehicleModel("Nissan", "Sentra", 101, "3N1", 2008, 2025, 6),
    VehicleModel("Chevrolet", "Aveo", 101, "3G1", 2008, 2025, 10, commercial_share=0.2),
    VehicleModel("Chevrolet", "Spark", 101, "KL8", 2011, 2022, 3),
    VehicleModel("Chevrolet", "Beat", 101, "MA6", 2018, 2024, 3),
    VehicleModel("Volkswagen", "Jetta", 101, "3VW", 2005, 2025, 8),
    VehicleModel("Volkswagen", "Vento", 101, "MEX", 2014, 2024, 5),
    VehicleModel("Volkswagen", "Gol", 101, "9BW", 2009, 2023, 4),
    VehicleModel("Volkswagen", "Sedán", 101, "3VW", 1990, 2003, 3),
    VehicleModel("Toyota", "Corolla", 101, "5YF", 2008, 2025, 4),
    VehicleModel("Toyota", "Yaris", 101, "MHK", 2016, 2025, 4),
    VehicleModel("Honda", "Civic", 101, "2HG", 2006, 2025, 3),
    VehicleModel("Honda", "City", 101, "MRH", 2014, 2025, 2),
    VehicleModel("Kia", "Rio", 101, "3KP", 2017, 2025, 5),
    VehicleModel("Hyundai", "Grand i10", 101, "MAL", 2015, 2025, 4),
    VehicleModel("Mazda", "Mazda 3", 101, "3MZ", 2010, 2025, 3),
    VehicleModel("Ford", "Fiesta", 101, "3FA", 2011, 2019, 3),
    VehicleModel("Dodge", "Attitude", 101, "ML3", 2015, 2025, 3),
    VehicleModel("Renault", "Kwid", 101, "93Y", 2019, 2025, 2),
    VehicleModel("Seat", "Ibiza", 101, "VSS", 2009, 2021, 2),
    # 103 PICK UP
    VehicleModel("Nissan", "NP300 Frontier", 103, "3N6", 2008, 2025, 7, commercial_share=0.35),
    VehicleModel("Nissan", "NP300 Estacas", 103, "3N6", 2008, 2025, 3, commercial_share=0.6),
    VehicleModel("Toyota", "Hilux", 103, "MR0", 2010, 2025, 5, commercial_share=0.3),
    VehicleModel("Chevrolet", "Tornado", 103, "9BG", 2010, 2023, 3, commercial_share=0.3),
    VehicleModel("Ford", "Ranger", 103, "8AF", 2010, 2025, 3, commercial_share=0.25),
    VehicleModel("Ford", "Lobo", 103, "1FT", 2005, 2025, 2),
    VehicleModel("RAM", "700", 103, "9BD", 2015, 2025, 2, commercial_share=0.3),
    VehicleModel("RAM", "1500", 103, "3C6", 2012, 2025, 2),
    VehicleModel("Chevrolet", "Silverado", 103, "3GC", 2005, 2025, 2),
    VehicleModel("Mitsubishi", "L200", 103, "MMB", 2010, 2025, 2, commercial_share=0.3),
    # 105 CAMIONETA
    VehicleModel("Nissan", "X-Trail", 105, "JN1", 2010, 2025, 3),
    VehicleModel("Nissan", "Kicks", 105, "3N8", 2017, 2025, 4),
    VehicleModel("Nissan", "Urvan", 105, "JN1", 2008, 2025, 2, commercial_share=0.7),
    VehicleModel("Honda", "CR-V", 105, "5J6", 2008, 2025, 4),
    VehicleModel("Toyota", "RAV4", 105, "2T3", 2008, 2025, 3),
    VehicleModel("Mazda", "CX-5", 105, "JM3", 2013, 2025, 3),
    VehicleModel("Chevrolet", "Captiva", 105, "LZW", 2019, 2025, 2),
    VehicleModel("Kia", "Seltos", 105, "KND", 2020, 2025, 2),
    VehicleModel("Hyundai", "Tucson", 105, "KM8", 2010, 2025, 2),
    VehicleModel("Volkswagen", "Tiguan", 105, "3VV", 2010, 2025, 2),
    VehicleModel("Jeep", "Compass", 105, "3C4", 2011, 2025, 2),
    VehicleModel("Chevrolet", "Suburban", 105, "1GN", 2005, 2025, 1),
    VehicleModel("Toyota", "Sienna", 105, "5TD", 2008, 2025, 1),
    # 107 MOTOCICLETA
    VehicleModel("Italika", "FT150", 107, "3SC", 2012, 2025, 9, "up_to_150", 0.3),
    VehicleModel("Italika", "DM150", 107, "3SC", 2014, 2025, 5, "up_to_150", 0.3),
    VehicleModel("Italika", "125Z", 107, "3SC", 2012, 2025, 5, "up_to_150", 0.2),
    VehicleModel("Italika", "DT150", 107, "3SC", 2014, 2025, 3, "up_to_150", 0.1),
    VehicleModel("Italika", "RT200", 107, "3SC", 2015, 2025, 3, "151_to_250", 0.1),
    VehicleModel("Italika", "Vort-X 300", 107, "3SC", 2018, 2025, 1, "251_to_500"),
    VehicleModel("Honda", "Cargo 150", 107, "3H1", 2012, 2025, 3, "up_to_150", 0.6),
    VehicleModel("Honda", "CGL125", 107, "3H1", 2010, 2022, 2, "up_to_150", 0.3),
    VehicleModel("Yamaha", "FZ25", 107, "ME1", 2018, 2025, 2, "151_to_250"),
    VehicleModel("Suzuki", "GN125", 107, "LC6", 2010, 2023, 1, "up_to_150", 0.2),
    VehicleModel("Bajaj", "Pulsar NS200", 107, "MD2", 2015, 2025, 2, "151_to_250"),
    VehicleModel("Vento", "Rocketman 250", 107, "3VT", 2014, 2025, 1, "151_to_250"),
    VehicleModel("KTM", "Duke 390", 107, "VBK", 2016, 2025, 1, "251_to_500"),
    VehicleModel("Kawasaki", "Ninja 400", 107, "JKA", 2018, 2025, 1, "251_to_500"),
    VehicleModel("Harley-Davidson", "Sportster 883", 107, "1HD", 2008, 2022, 1, "over_500"),
    VehicleModel("BMW", "F 750 GS", 107, "WB1", 2018, 2025, 1, "over_500"),
    # 108 MOTO TAXI (public service only)
    VehicleModel("Bajaj", "RE 4S", 108, "MD2", 2012, 2025, 3, "151_to_250", 1.0),
    VehicleModel("Italika", "Mototaxi TC200", 108, "3SC", 2014, 2025, 2, "151_to_250", 1.0),
    VehicleModel("Vento", "Mototaxi 150", 108, "3VT", 2012, 2025, 1, "up_to_150", 1.0),
    # 109 CAMION
    VehicleModel("Isuzu", "ELF 400", 109, "JAA", 2008, 2025, 3, commercial_share=0.7),
    VehicleModel("Isuzu", "ELF 600", 109, "JAA", 2008, 2025, 2, commercial_share=0.8),
    VehicleModel("Hino", "Serie 300", 109, "JHH", 2008, 2025, 2, commercial_share=0.8),
    VehicleModel("International", "4300", 109, "3HA", 2005, 2023, 1, commercial_share=0.9),
    VehicleModel("Freightliner", "M2 106", 109, "3AL", 2008, 2025, 1, commercial_share=0.9),
    VehicleModel("Mercedes-Benz", "Accelo", 109, "9BM", 2010, 2025, 1, commercial_share=0.8),
)

# Share of each key in the demo fleet.
KEY_WEIGHTS: Final[dict[int, int]] = {101: 50, 103: 15, 105: 15, 107: 14, 108: 2, 109: 4}

COLORS: Final[tuple[str, ...]] = (
    "Blanco",
    "Gris",
    "Plata",
    "Negro",
    "Rojo",
    "Azul",
    "Vino",
    "Verde",
    "Arena",
    "Dorado",
    "Café",
    "Naranja",
)
