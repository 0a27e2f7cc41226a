/** Words the archive says about itself, used by the layout and the home page. */
export const SITE_TITLE = "The Kadhimi Drone Attack: A News Archive";
export const SITE_SHORT_TITLE = "Kadhimi Drone Attack Archive";
export const SITE_DESCRIPTION =
  "News reports on the drone attack on Iraqi Prime Minister Mustafa al-Kadhimi's residence in Baghdad's Green Zone, 7 November 2021, preserved word for word with their provenance.";
