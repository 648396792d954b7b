/** While a profile is read: its header and the first rows of its grid, so nothing jumps when it arrives. */
export default function ProfileLoading() {
  return (
    <div className="profile" aria-hidden="true">
      <div className="profile-header">
        <span className="avatar skeleton" style={{ width: 96, height: 96 }} />
        <div className="profile-header__body">
          <span className="skeleton skeleton--heading" />
          <span className="skeleton skeleton--line" />
          <span className="skeleton skeleton--line" />
        </div>
      </div>
      <ul className="profile-grid">
        {Array.from({ length: 6 }, (_, index) => (
          <li key={index} className="profile-grid__item skeleton" />
        ))}
      </ul>
    </div>
  )
}
